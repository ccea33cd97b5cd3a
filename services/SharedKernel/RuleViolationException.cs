namespace Platform.SharedKernel;

/// <summary>
/// The one exception a domain throws when a request breaks a rule. It names the field or rule it is about
/// and says, in a sentence a person can act on, what was wrong.
/// </summary>
public sealed class RuleViolationException : Exception
{
    public RuleViolationException(RuleKind kind, string code, string subject, string message)
        : base(message)
    {
        Kind = kind;
        Code = code;
        Subject = subject;
    }

    /// <summary>What kind of rule was broken.</summary>
    public RuleKind Kind { get; }

    /// <summary>A stable machine-readable code, e.g. <c>agreement.not_draft</c>.</summary>
    public string Code { get; }

    /// <summary>The request field (snake_case, as on the wire) or the rule (e.g. a clause number) concerned.</summary>
    public string Subject { get; }

    public static RuleViolationException Invalid(string field, string message) =>
        new(RuleKind.InvalidArgument, "invalid_argument", field, message);

    public static RuleViolationException NotFound(string what, string id) =>
        new(RuleKind.NotFound, $"{what}.not_found", what, $"No {what} with id '{id}' exists.");

    public static RuleViolationException Precondition(string code, string rule, string message) =>
        new(RuleKind.FailedPrecondition, code, rule, message);

    public static RuleViolationException AlreadyExists(string code, string subject, string message) =>
        new(RuleKind.AlreadyExists, code, subject, message);

    public static RuleViolationException Conflict(string subject, string message) =>
        new(RuleKind.ConcurrencyConflict, "concurrency_conflict", subject, message);
}
