using System.Collections.Concurrent;
using Platform.Contracts.Events;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance;

/// <summary>Every event Assurance published on the test's virtual host, in the order it was received.</summary>
internal sealed class AssuranceEventLog
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    private readonly ConcurrentQueue<IntegrationEvent> _received = new();

    public void Add(IntegrationEvent integrationEvent) => _received.Enqueue(integrationEvent);

    /// <summary>The events of type <typeparamref name="T"/> received so far that match, oldest first.</summary>
    public IReadOnlyList<T> Of<T>(Func<T, bool>? match = null)
        where T : IntegrationEvent =>
        [.. _received.OfType<T>().Where(e => match?.Invoke(e) ?? true)];

    /// <summary>Waits for the first event of type <typeparamref name="T"/> that matches.</summary>
    public async Task<T> FirstAsync<T>(Func<T, bool> match, string what)
        where T : IntegrationEvent
    {
        T? found = null;
        await Eventually.AssertAsync(() => Task.FromResult((found = _received.OfType<T>().FirstOrDefault(match)) is not null), s_timeout, $"{typeof(T).Name}: {what}");
        return found!;
    }
}
