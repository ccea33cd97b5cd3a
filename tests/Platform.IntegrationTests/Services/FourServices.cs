using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.Agreements.Grpc;
using Platform.Assurance.Grpc;
using Platform.Complaints.Grpc;
using Platform.Contracts.Complaints.V1;
using Platform.Disputes.Grpc;
using Platform.IntegrationTests.Infrastructure;
using Platform.ServiceDefaults.Security;
using AgreementsApi = Platform.Contracts.Agreements.V1;

namespace Platform.IntegrationTests.Services;

/// <summary>The four services on one virtual host, as deployed (or each on its own, see <see cref="IsolatedServices"/>).</summary>
public class FourServices : IAsyncLifetime
{
    private static readonly Marshaller<byte[]> s_bytes = Marshallers.Create(bytes => bytes, bytes => bytes);

    private readonly bool _oneVirtualHost;

    public FourServices()
        : this(oneVirtualHost: true)
    {
    }

    protected FourServices(bool oneVirtualHost) => _oneVirtualHost = oneVirtualHost;

    private readonly PlatformInfrastructure _infrastructure = new();
    private readonly Dictionary<string, Func<string, GrpcChannel>> _channels = [];
    private readonly Dictionary<string, IServiceProvider> _providers = [];
    private readonly Dictionary<string, Func<HttpClient>> _http = [];
    private readonly Dictionary<string, string> _databases = [];
    private readonly List<IAsyncDisposable> _hosts = [];

    public async Task InitializeAsync()
    {
        await _infrastructure.InitializeAsync();
        var shared = await _infrastructure.CreateVirtualHostAsync();
        async Task<RabbitEndpoint> Rabbit() => _oneVirtualHost ? shared : await _infrastructure.CreateVirtualHostAsync();
        await Task.WhenAll(
            await StartAsync<AgreementsGrpcService>("agreements", await Rabbit()),
            await StartAsync<ComplaintsGrpcService>("complaints", await Rabbit()),
            await StartAsync<AssuranceGrpcService>("assurance", await Rabbit()),
            await StartAsync<DisputesGrpcService>("disputes", await Rabbit()));
    }

    public GrpcChannel Channel(string service, string token) => _channels[service](token);

    /// <summary>
    /// Calls the unary RPC at <paramref name="path"/> (<c>/package.Service/Method</c>) with <paramref name="request"/>
    /// as raw bytes, as any client could, carrying <paramref name="token"/> (none when empty); returns how it ended.
    /// </summary>
    public async Task<Status> CallAsync(string service, string path, string token, byte[] request, TimeSpan deadline)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var channel = Channel(service, token);
        var separator = path.LastIndexOf('/');
        var method = new Method<byte[], byte[]>(MethodType.Unary, path[1..separator], path[(separator + 1)..], s_bytes, s_bytes);
        try
        {
            await channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(deadline: DateTime.UtcNow.Add(deadline)), request);
            return Status.DefaultSuccess;
        }
        catch (RpcException exception)
        {
            return exception.Status;
        }
    }

    /// <summary>A plain HTTP client of the service's host (its <c>/metrics</c>, <c>/readyz</c>).</summary>
    public HttpClient Http(string service) => _http[service]();

    /// <summary>The service host's own services.</summary>
    public IServiceProvider Services(string service) => _providers[service];

    /// <summary>The connection string of the service's database (the user its migrations ran as).</summary>
    public string Database(string service) => _databases[service];

    public RpcRule RuleOf(string service, string path) =>
        _providers[service].GetRequiredService<RpcPolicies>().Find(path) ?? throw new Xunit.Sdk.XunitException($"{service} has no rule for {path}");

    public IEnumerable<(string Service, string Path, RpcRule Rule)> AllRules() =>
        _providers.SelectMany(p => p.Value.GetServices<RpcPolicy>().SelectMany(policy => policy.Rules.Select(r => (p.Key, r.Key, r.Value))))
            .Where(r => !r.Item3.IsOpen);

    /// <summary>A freshly signed agreement, once Complaints and Disputes accept work for it.</summary>
    public async Task<string> ActiveAgreementAsync()
    {
        using var agreementsChannel = Channel("agreements", TestIdentity.Everything);
        using var complaintsChannel = Channel("complaints", TestIdentity.Everything);
        using var disputesChannel = Channel("disputes", TestIdentity.Everything);
        var agreement = await AgreementRequests.CreateSignedAsync(new AgreementsApi.AgreementsService.AgreementsServiceClient(agreementsChannel));
        var complaints = new ComplaintsService.ComplaintsServiceClient(complaintsChannel);
        var disputes = new Platform.Contracts.Disputes.V1.DisputesService.DisputesServiceClient(disputesChannel);
        await Eventually.AssertAsync(
            async () => (await complaints.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreement.Id })).Eligibility.Eligible
                && (await disputes.GetAgreementEligibilityAsync(new() { AgreementId = agreement.Id })).Eligibility.Eligible,
            TimeSpan.FromSeconds(60),
            "Complaints and Disputes accept the agreement");
        return agreement.Id;
    }

    /// <summary>A complaint under a freshly signed agreement, filed with contact "Li Wei".</summary>
    public async Task<string> FiledComplaintAsync()
    {
        using var agreementsChannel = Channel("agreements", TestIdentity.Everything);
        using var complaintsChannel = Channel("complaints", TestIdentity.Everything);
        var agreement = await AgreementRequests.CreateSignedAsync(new AgreementsApi.AgreementsService.AgreementsServiceClient(agreementsChannel));
        var complaints = new ComplaintsService.ComplaintsServiceClient(complaintsChannel);
        await Eventually.AssertAsync(
            async () => (await complaints.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreement.Id })).Eligibility.Eligible,
            TimeSpan.FromSeconds(60),
            "Complaints accepts the agreement");
        var request = Complaints.ComplaintRequests.File(Guid.Parse(agreement.Id));
        request.Contact = new CustomerContactInput { Name = "Li Wei", Phone = "13812345678", Email = "li.wei@example.com" };
        return (await complaints.FileComplaintAsync(request)).Complaint.Id;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _infrastructure.DisposeAsync();
    }

    /// <summary>Starts the host of <paramref name="service"/>; the task returned completes when it is SERVING.</summary>
    private async Task<Task> StartAsync<T>(string service, RabbitEndpoint rabbit)
        where T : class
    {
        var database = await _infrastructure.CreateDatabaseAsync();
        _databases[service] = database;
        var factory = new ServiceFactory<T>(database, rabbit);
        _hosts.Add(factory);
        _providers[service] = factory.Services;
        _channels[service] = token => TestIdentity.Channel(factory.Server, token);
        _http[service] = factory.CreateClient;
        return factory.WaitUntilServingAsync();
    }
}

/// <summary>The four services, each on its own virtual host: what one does never reaches another.</summary>
public sealed class IsolatedServices : FourServices
{
    public IsolatedServices()
        : base(oneVirtualHost: false)
    {
    }
}
