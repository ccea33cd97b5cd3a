using Microsoft.EntityFrameworkCore;
using Platform.Assurance.Data;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging.Outbox;

namespace Platform.IntegrationTests.Services.Assurance.Interruptions;

/// <summary>
/// Reads the Assurance outbox directly: every event Assurance will ever publish about an interruption is a row
/// here, committed with the change and keyed by the interruption's id, so "published once and nothing else" is
/// checked without waiting for silence.
/// </summary>
internal static class AssuranceOutbox
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Waits until every outbox message of <paramref name="id"/> was published, and returns their
    /// short type names, oldest first.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PublishedAboutAsync(AssuranceFixture assurance, string id)
    {
        IReadOnlyList<OutboxMessage> messages = [];
        await Eventually.AssertAsync(
            async () => (messages = await AboutAsync(assurance, id)).All(m => m.SentAt is not null),
            s_timeout,
            $"the outbox messages about {id} are published");
        return [.. messages.Select(m => m.MessageType[(m.MessageType.LastIndexOf('.') + 1)..])];
    }

    /// <summary>How many outbox messages are of <paramref name="id"/>, published or not.</summary>
    public static async Task<int> CountAboutAsync(AssuranceFixture assurance, string id) => (await AboutAsync(assurance, id)).Count;

    private static async Task<IReadOnlyList<OutboxMessage>> AboutAsync(AssuranceFixture assurance, string id)
    {
        var options = new DbContextOptionsBuilder<AssuranceDbContext>().UseNpgsql(assurance.Environment.ConnectionString).UseSnakeCaseNamingConvention().Options;
        await using var db = new AssuranceDbContext(options);
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.OrderingKey == id).OrderBy(m => m.Id).ToListAsync();
    }
}
