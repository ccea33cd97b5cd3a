using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Agreements.Data;
using Platform.Agreements.Grpc;
using Platform.Complaints.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging.Outbox;
using ComplaintsApi = Platform.Contracts.Complaints.V1;

namespace Platform.IntegrationTests.Services;

/// <summary>One trace runs from the gRPC call through the outbox and RabbitMQ into the next context's consumer.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class TracingTests(PlatformInfrastructure infrastructure) : IAsyncLifetime, IDisposable
{
    private readonly ConcurrentBag<Activity> _finished = [];
    private readonly ActivityListener _listener = new()
    {
        ShouldListenTo = _ => true,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    private ServiceFactory<AgreementsGrpcService> _agreements = null!;
    private ServiceFactory<ComplaintsGrpcService> _complaints = null!;

    public async Task InitializeAsync()
    {
        _listener.ActivityStopped = _finished.Add;
        ActivitySource.AddActivityListener(_listener);
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        _agreements = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        _complaints = new ServiceFactory<ComplaintsGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        await _complaints.WaitUntilServingAsync();
        await _agreements.WaitUntilServingAsync();
    }

    public async Task DisposeAsync()
    {
        await _agreements.DisposeAsync();
        await _complaints.DisposeAsync();
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task Trace_of_the_signing_call_continues_into_the_consumer_of_another_context()
    {
        var agreements = new AgreementsService.AgreementsServiceClient(_agreements.Channel);
        var complaints = new ComplaintsApi.ComplaintsService.ComplaintsServiceClient(_complaints.Channel);

        var signed = await AgreementRequests.CreateSignedAsync(agreements);
        await Eventually.AssertAsync(
            async () => (await complaints.GetAgreementEligibilityAsync(new() { AgreementId = signed.Id })).Eligibility.Eligible,
            TimeSpan.FromSeconds(30),
            "complaints learns of the agreement");

        var traceId = await TraceOfActivationEventAsync(signed.Id);
        await Eventually.AssertAsync(
            () => Task.FromResult(_finished.Any(a => a.TraceId == traceId && a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Consumer)),
            TimeSpan.FromSeconds(10),
            "a MassTransit consumer span in the trace of the outbox row");
        Assert.Contains(_finished, a => a.TraceId == traceId && a.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn"
            && a.DisplayName.Contains("SignAgreement", StringComparison.Ordinal));
    }

    private async Task<ActivityTraceId> TraceOfActivationEventAsync(string agreementId)
    {
        await using var scope = _agreements.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AgreementsDbContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().ToListAsync();
        var row = Assert.Single(rows, m => m.MessageType.EndsWith(".AgreementActivated", StringComparison.Ordinal)
            && m.Payload.Contains(agreementId, StringComparison.Ordinal));
        Assert.True(ActivityContext.TryParse(row.TraceParent, null, out var context), $"outbox row has no trace context: '{row.TraceParent}'");
        return context.TraceId;
    }
}
