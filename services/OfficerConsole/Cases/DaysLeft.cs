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
