namespace Platform.Agreements.Messaging;

/// <summary>The key of a breach deadline: the fact's id and the agreement it is judged for.</summary>
internal static class DeadlineKey
{
    public static string For(Guid factId, Guid agreementId) => $"{factId}/{agreementId}";

    public static (Guid FactId, Guid AgreementId) Parse(string key)
    {
        var parts = key.Split('/');
        return (Guid.Parse(parts[0]), Guid.Parse(parts[1]));
    }
}
