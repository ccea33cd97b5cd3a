namespace Platform.Agreements.Domain;

/// <summary>The human-readable commitment number, <c>CXQ-{year}-{sequence:000000}</c>.</summary>
public static class AgreementNumber
{
    public static string Format(int year, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        return $"CXQ-{year:D4}-{sequence:D6}";
    }
}
