using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Interruptions;

/// <summary>The time rules of clause 1.3 records: only what has happened is reported, and nothing ends before it starts.</summary>
public static class InterruptionTimes
{
    public static void NotInFuture(DateTimeOffset value, DateTimeOffset now, string field)
    {
        if (value > now)
        {
            throw RuleViolationException.Invalid(field, $"{field} {value:O} is in the future; report what has happened.");
        }
    }

    public static void NotBeforeStart(DateTimeOffset endedAt, DateTimeOffset startedAt, string field)
    {
        if (endedAt < startedAt)
        {
            throw RuleViolationException.Invalid(field, $"The interruption would end ({endedAt:O}) before it started ({startedAt:O}).");
        }
    }
}
