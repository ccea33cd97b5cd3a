using Platform.Contracts.Complaints.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>Reads: GetComplaint of a random one of <c>--seed</c> complaints filed in setup.</summary>
internal sealed class GetComplaintScenario(ScenarioContext context) : IScenario
{
    private const int SeedConcurrency = 16;
    private readonly ComplaintsService.ComplaintsServiceClient[] _clients = context.Clients(channel => new ComplaintsService.ComplaintsServiceClient(channel));
    private GetComplaintRequest[] _requests = [];

    public async Task SetupAsync(CancellationToken cancellationToken)
    {
        var agreementId = await ActiveAgreement.EnsureAsync(context, _clients[0], cancellationToken);
        var ids = new string[context.Options.Seed];
        await Parallel.ForAsync(0, ids.Length, new ParallelOptions { MaxDegreeOfParallelism = SeedConcurrency, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var filed = await _clients[i % _clients.Length].FileComplaintAsync(ComplaintRequests.File(agreementId), context.Call(ct));
            ids[i] = filed.Complaint.Id;
        });
        _requests = [.. ids.Select(id => new GetComplaintRequest { ComplaintId = id })];
        Console.Error.WriteLine($"seeded {ids.Length} complaints under agreement {agreementId}");
    }

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken) =>
        _clients[worker % _clients.Length].GetComplaintAsync(_requests[Random.Shared.Next(_requests.Length)], context.Call(cancellationToken)).ResponseAsync;
}
