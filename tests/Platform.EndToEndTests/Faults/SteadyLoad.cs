using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.Contracts.Complaints.V1;
using Platform.EndToEndTests.Flows;
using Platform.EndToEndTests.Infrastructure;

namespace Platform.EndToEndTests.Faults;

/// <summary>
/// What a busy day sends while faults happen: complaints filed, some acknowledged and updated, interruptions
/// reported and ended. A call that fails is retried with the same request id until it is answered, as a client
/// with an outbox of its own would; so every complaint and interruption it started must be stored exactly once.
/// </summary>
internal sealed class SteadyLoad : IAsyncDisposable
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    private readonly RunningPlatform _platform;
    private readonly string _agreementId;
    private readonly string _promisorId;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private int _failedCalls;
    private int _progressUpdates;

    /// <param name="platform">The platform under load.</param>
    /// <param name="agreementId">The agreement the complaints and interruptions are under.</param>
    /// <param name="promisorId">The agreement's promisor, who reports the interruptions.</param>
    public SteadyLoad(RunningPlatform platform, string agreementId, string promisorId = Requests.PromisorId)
    {
        _platform = platform;
        _agreementId = agreementId;
        _promisorId = promisorId;
        _loops.Add(Task.Run(FileComplaintsAsync));
        _loops.Add(Task.Run(AnswerComplaintsAsync));
        _loops.Add(Task.Run(ReportInterruptionsAsync));
    }

    /// <summary>Complaint id by the request id that filed it.</summary>
    public ConcurrentDictionary<string, string> Filed { get; } = new();

    /// <summary>Complaints acknowledged by this load (their first response was given; whether in time, their clock says).</summary>
    public ConcurrentDictionary<string, bool> Acknowledged { get; } = new();

    /// <summary>Interruption id by the request id that reported it.</summary>
    public ConcurrentDictionary<string, string> Interruptions { get; } = new();

    public int FailedCalls => _failedCalls;

    public int ProgressUpdates => _progressUpdates;

    /// <summary>Stops starting new work and waits for what was started to be answered.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_loops);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task FileComplaintsAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var request = Requests.Complaint(_agreementId);
            var complaint = await UntilAnsweredAsync(async () => (await _platform.Complaints.FileComplaintAsync(request)).Complaint);
            Filed[request.RequestId] = complaint.Id;
            await PauseAsync(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Acknowledges about every other complaint at once and posts an update on it; the rest miss their first response.</summary>
    private async Task AnswerComplaintsAsync()
    {
        var answered = new HashSet<string>();
        while (!_stop.IsCancellationRequested)
        {
            foreach (var complaintId in Filed.Values.Where(id => answered.Add(id) && answered.Count % 2 == 0).ToList())
            {
                await AnswerAsync(complaintId);
            }

            await PauseAsync(TimeSpan.FromMilliseconds(200));
        }
    }

    private async Task AnswerAsync(string complaintId)
    {
        // Each step reads the version first: a retried change whose first try was applied then fails on
        // the version, and reading again shows it done.
        var acknowledged = await UntilAnsweredAsync(async () =>
        {
            var complaint = await _platform.ComplaintAsync(complaintId);
            return complaint.Status != ComplaintStatus.Received
                ? complaint
                : (await _platform.Complaints.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
                {
                    ComplaintId = complaintId, Version = complaint.Version, Actor = "fault-load", Message = "We are on it.",
                })).Complaint;
        });
        Acknowledged[complaintId] = true;
        await UntilAnsweredAsync(async () =>
        {
            var complaint = await _platform.ComplaintAsync(complaintId);
            return complaint.Version > acknowledged.Version
                ? complaint
                : (await _platform.Complaints.PostProgressUpdateAsync(new PostProgressUpdateRequest
                {
                    ComplaintId = complaintId, Version = complaint.Version, Actor = "fault-load", Text = "Engineers are replacing the router.",
                })).Complaint;
        });
        Interlocked.Increment(ref _progressUpdates);
    }

    /// <summary>Short interruptions (well under the agreement's major threshold), one at a time.</summary>
    private async Task ReportInterruptionsAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var request = new ReportInterruptionStartedRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                PromisorId = _promisorId,
                StartedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
                CausedByPromisor = true,
                Scope = new InterruptionScope { AffectedServices = { "NET-01" }, AffectedAgreementIds = { _agreementId } },
                Description = "Edge switch reboot",
                Actor = "fault-load",
            };
            var started = await UntilAnsweredAsync(async () => (await _platform.Interruptions.ReportInterruptionStartedAsync(request)).Interruption);
            Interruptions[request.RequestId] = started.Id;
            await UntilAnsweredAsync(async () =>
            {
                var current = (await _platform.Interruptions.GetInterruptionAsync(new GetInterruptionRequest { InterruptionId = started.Id })).Interruption;
                return current.EndedAt is not null
                    ? current
                    : (await _platform.Interruptions.ReportInterruptionEndedAsync(new ReportInterruptionEndedRequest
                    {
                        InterruptionId = started.Id,
                        Version = current.Version,
                        EndedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
                        Actor = "fault-load",
                    })).Interruption;
            });
            await PauseAsync(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>Calls until the service answers; UNAVAILABLE, a deadline or a lost race during a fault are retried.</summary>
    private async Task<T> UntilAnsweredAsync<T>(Func<Task<T>> call)
    {
        var started = DateTimeOffset.UtcNow;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Aborted or StatusCode.Internal or StatusCode.Unknown
                && DateTimeOffset.UtcNow - started < TimeSpan.FromMinutes(3))
            {
                Interlocked.Increment(ref _failedCalls);
                await Task.Delay(RetryPause);
            }
        }
    }

    private async Task PauseAsync(TimeSpan pause)
    {
        try
        {
            await Task.Delay(pause, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
