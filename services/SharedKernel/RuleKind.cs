namespace Platform.SharedKernel;

/// <summary>What kind of rule a request broke; the gRPC layer maps each kind to one status code.</summary>
public enum RuleKind
{
    /// <summary>A field of the request is missing or malformed.</summary>
    InvalidArgument,

    /// <summary>The thing the request names does not exist.</summary>
    NotFound,

    /// <summary>The request is well formed but a business rule forbids it in the current state.</summary>
    FailedPrecondition,

    /// <summary>The thing the request would create already exists.</summary>
    AlreadyExists,

    /// <summary>Someone else changed the thing since the caller read it.</summary>
    ConcurrencyConflict,
}
