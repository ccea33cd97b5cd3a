using System.Collections.Concurrent;

namespace Platform.Messaging.Deadlines;

/// <summary>
/// Deadline keys seen committed in the database, so <see cref="IDeadlines.EnsureScheduledAsync"/> for a key set long
/// ago (the end of a measurement period, asked for by every complaint of that period) needs no query. Rows are
/// never deleted, so a key once seen stays true; only keys read back from the database are kept, never ones
/// merely added, whose transaction may yet roll back.
/// </summary>
internal sealed class ExistingDeadlineKeys
{
    private const int Capacity = 100_000;
    private readonly ConcurrentDictionary<(string Kind, string Key), bool> _keys = new();

    public bool Contains(string kind, string key) => _keys.ContainsKey((kind, key));

    public void Add(string kind, string key)
    {
        if (_keys.Count >= Capacity)
        {
            _keys.Clear();
        }

        _keys.TryAdd((kind, key), true);
    }
}
