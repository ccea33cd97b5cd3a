namespace Platform.OfficerConsole.Cases;

/// <summary>Time left until a deadline, said plainly: "12 days left", "less than a day left", "expired".</summary>
internal static class DaysLeft
{
    public static string Text(DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = deadline - now;
        return left <= TimeSpan.Zero ? "expired"
            : left < TimeSpan.FromDays(1) ? "less than a day left"
            : (int)left.TotalDays == 1 ? "1 day left"
            : $"{(int)left.TotalDays} days left";
    }
}

/// <summary>Where a case's negotiation stands, in a few words: "declared failed", "settled", "expired", "12 days left".</summary>
internal static class NegotiationStanding
{
    public static string Text(Platform.Contracts.Disputes.V1.Dispute dispute, DateTimeOffset now) =>
        dispute.NegotiationState switch
        {
            Platform.Contracts.Disputes.V1.NegotiationState.Failed => "declared failed",
            Platform.Contracts.Disputes.V1.NegotiationState.Settled => "settled",
            _ => DaysLeft.Text(dispute.NegotiationDeadline.ToDateTimeOffset(), now),
        };
}
