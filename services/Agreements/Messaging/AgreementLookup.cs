using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Data;
using Platform.Agreements.Domain;

namespace Platform.Agreements.Messaging;

/// <summary>Finds the agreements a fact from another context concerns.</summary>
internal static class AgreementLookup
{
    public static Task<Agreement?> FindAgreementAsync(this AgreementsDbContext db, Guid agreementId, CancellationToken ct) =>
        db.Agreements.SingleOrDefaultAsync(a => a.Id == agreementId, ct);

    /// <summary>
    /// The agreements named, or every agreement of the promisor when <paramref name="allOfPromisor"/>, that
    /// were in force at <paramref name="at"/>.
    /// </summary>
    public static async Task<List<Agreement>> InForceAsync(
        this AgreementsDbContext db, IReadOnlyList<Guid> named, bool allOfPromisor, string promisorId, DateTimeOffset at, CancellationToken ct)
    {
        var candidates = allOfPromisor
            ? await db.Agreements.Where(a => a.Promisor.OrganizationId == promisorId && a.Status != AgreementStatus.Draft).ToListAsync(ct)
            : await db.Agreements.Where(a => named.Contains(a.Id)).ToListAsync(ct);
        return candidates.Where(a => a.WasInForceAt(at)).ToList();
    }

    public static T ParseEnum<T>(string value, string field)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new InvalidOperationException($"{field} '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
}
