using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Funding;

/// <summary>Reads the free-text fields of the fund, naming the field in the INVALID_ARGUMENT it raises.</summary>
public static class FundingText
{
    public const int MaxPromisorId = 150;
    public const int MaxActor = 200;
    public const int MaxLongText = 1000;

    /// <summary>A promisor's organisation id, e.g. <c>org-acme</c>.</summary>
    public static string PromisorId(string? value, string field = "promisor_id") => Required(value, field, MaxPromisorId);

    public static string Actor(string? value) => Required(value, "actor", MaxActor);

    public static string Required(string? value, string field, int maxLength) => TextFields.Required(value, field, maxLength);

    public static string Optional(string? value, string field, int maxLength) => TextFields.Optional(value, field, maxLength);
}
