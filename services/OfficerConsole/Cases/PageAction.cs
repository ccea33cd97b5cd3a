namespace Platform.OfficerConsole.Cases;

/// <summary>
/// A move a page offers (a case's, a complaint's), with the reason it cannot be taken now (null when it can): the page
/// shows an allowed one as a button and the others disabled, their reason beside them.
/// </summary>
internal sealed record PageAction<TKind>(TKind Kind, string Title, string? WhyNot)
    where TKind : struct, Enum
{
    public bool Allowed => WhyNot is null;

    /// <summary>Every move of <typeparamref name="TKind"/> refused for one reason (a closed case, a resolved complaint).</summary>
    public static IReadOnlyList<PageAction<TKind>> NoneBecause(string reason, Func<TKind, string> title) =>
        [.. Enum.GetValues<TKind>().Select(kind => new PageAction<TKind>(kind, title(kind), reason))];
}
