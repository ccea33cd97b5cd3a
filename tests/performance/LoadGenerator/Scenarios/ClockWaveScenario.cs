using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Complaints.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>
/// Files complaints received so long ago that their first-response clocks fall due one after another at
/// <c>--fire-rate</c> a second, the first <c>--clock-lead</c> seconds after the run starts: whatever rate the
/// filing itself reaches, the clocks then run out at a steady rate. What is measured here is the filing;
/// clocks.sh reads from the databases how late each clock fired and when its breach was recorded in Agreements.
/// </summary>
internal sealed class ClockWaveScenario(ScenarioContext context) : IScenario
{
    private readonly ComplaintsService.ComplaintsServiceClient[] _clients = context.Clients(channel => new ComplaintsService.ComplaintsServiceClient(channel));
    private string _agreementId = "";
    private DateTimeOffset _firstDue;
    private long _filed;

    public async Task SetupAsync(CancellationToken cancellationToken)
    {
        // Every hour counts, so each clock is due exactly FirstResponseWithin after its receipt, at any time of day.
        _agreementId = await ActiveAgreement.EnsureAsync(context, _clients[0], cancellationToken, roundTheClock: true);
        _firstDue = DateTimeOffset.UtcNow + context.Options.ClockLead;
        Console.Error.WriteLine($"clock-wave: first clock due at {_firstDue:O}, then {context.Options.FireRate:0} a second");
    }

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _filed) - 1;
        var dueAt = _firstDue + TimeSpan.FromSeconds(index / context.Options.FireRate);
        var request = ComplaintRequests.File(_agreementId);
        request.Severity = ComplaintSeverity.Normal;
        request.ReceivedAt = Timestamp.FromDateTimeOffset(dueAt - ActiveAgreement.FirstResponseWithin);
        return _clients[worker % _clients.Length].FileComplaintAsync(request, context.Call(cancellationToken)).ResponseAsync;
    }
}
