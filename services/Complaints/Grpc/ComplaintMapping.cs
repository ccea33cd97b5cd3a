using Google.Protobuf.WellKnownTypes;
using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.Complaints.Domain.Resolution;
using Platform.ServiceDefaults.Requests;
using Proto = Platform.Contracts.Complaints.V1;

namespace Platform.Complaints.Grpc;

/// <summary>
/// Domain → wire. The domain enums carry the wire enums' numbers (checked by a test), so they convert by
/// value.
/// </summary>
internal static class ComplaintMapping
{
    public static Proto.Complaint ToProto(this Complaint complaint, DateTimeOffset now, CustomerContact contact, bool masked)
    {
        var shown = masked ? contact.Masked() : contact;
        var spans = complaint.PauseSpans(now);
        var clocks = complaint.ClockViews(now);
        return new Proto.Complaint
        {
            Id = complaint.Id.ToString(),
            AgreementId = complaint.AgreementId.ToString(),
            Channel = (Proto.ComplaintChannel)(int)complaint.Channel.Kind,
            ChannelName = complaint.Channel.Name ?? string.Empty,
            Subject = complaint.Subject,
            Description = complaint.Description,
            Category = complaint.Category,
            Severity = (Proto.ComplaintSeverity)(int)complaint.Severity,
            Status = (Proto.ComplaintStatus)(int)complaint.Status,
            ReceivedAt = Timestamp.FromDateTimeOffset(complaint.ReceivedAt),
            FiledAt = Timestamp.FromDateTimeOffset(complaint.FiledAt),
            Contact = new Proto.CustomerContact { Name = shown.Name, Phone = shown.Phone, Email = shown.Email, Masked = masked },
            TermsVersion = complaint.Terms.Version,
            Clocks = { clocks.Select(ToProto) },
            AwaitingCustomer = complaint.AwaitingCustomer,
            Pauses = { complaint.Pauses.Select((p, i) => ToProto(p, spans[i])) },
            Solution = complaint.Solution ?? string.Empty,
            SolutionBelowStandard = complaint.SolutionBelowStandard,
            ResolvedAt = Optional(complaint.ResolvedAt),
            ClosedAt = Optional(complaint.ClosedAt),
            Overdue = complaint.IsOverdueAt(now),
            Version = complaint.Version,
            AtRiskDueAt = Optional(complaint.AtRiskDueAt),
        };
    }

    public static Proto.HistoryEntry ToProto(this HistoryEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = Timestamp.FromDateTimeOffset(entry.At),
        Actor = entry.Actor,
        Action = entry.Action,
        Detail = entry.Detail,
        Status = (Proto.ComplaintStatus)(int)entry.Status,
    };

    public static Proto.GetResolutionStatsResponse ToProto(this ResolutionStats stats, Guid agreementId) => new()
    {
        AgreementId = agreementId.ToString(),
        PeriodStart = Timestamp.FromDateTimeOffset(stats.Period.Start),
        PeriodEnd = Timestamp.FromDateTimeOffset(stats.Period.End),
        PeriodEnded = stats.Ended,
        TermsVersion = stats.TermsVersion,
        All = ToProto(stats.All),
        Major = ToProto(stats.Major),
        MinimumSample = stats.MinimumSample,
    };

    private static Proto.ResolutionRate ToProto(ResolutionRate rate) => new()
    {
        Received = rate.Received,
        Resolved = rate.Resolved,
        Rate = RequestFields.ToWire(rate.Percent),
        Target = RequestFields.ToWire(rate.Target),
        Status = (Proto.ResolutionRateStatus)(int)rate.Status,
        ReopenedAfterPeriod = rate.ReopenedAfterPeriod,
        Withdrawn = rate.Withdrawn,
    };

    private static Proto.Clock ToProto(ClockView clock) => new()
    {
        Kind = (Proto.ClockKind)(int)clock.Kind,
        State = (Proto.ClockState)(int)clock.State,
        StartedAt = Timestamp.FromDateTimeOffset(clock.StartedAt),
        Allowed = Duration.FromTimeSpan(clock.Allowed),
        DueAt = Timestamp.FromDateTimeOffset(clock.DueAt),
        OriginalDueAt = Timestamp.FromDateTimeOffset(clock.OriginalDueAt),
        Elapsed = Duration.FromTimeSpan(clock.Elapsed),
        ElapsedBusiness = Duration.FromTimeSpan(clock.ElapsedBusiness),
        PercentUsed = RequestFields.ToWire(clock.PercentUsed),
        TimeLeft = Duration.FromTimeSpan(clock.TimeLeft),
        MetAt = Optional(clock.MetAt),
        Paused = Duration.FromTimeSpan(clock.Paused),
    };

    private static Proto.Pause ToProto(Pause pause, PauseSpan span) => new()
    {
        StartedAt = Timestamp.FromDateTimeOffset(pause.StartedAt),
        EndedAt = Optional(pause.EndedAt),
        CitedMessage = pause.CitedMessage,
        Credited = Duration.FromTimeSpan(span.Credited),
    };

    private static Timestamp? Optional(DateTimeOffset? value) => value is { } at ? Timestamp.FromDateTimeOffset(at) : null;
}
