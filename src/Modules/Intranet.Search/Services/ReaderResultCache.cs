using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Intranet.Search.Services;

/// <summary>
/// Answers computed from one index reader, kept for as long as that reader is the newest one searched. A reader is an
/// immutable snapshot, so an answer computed from it stays exact for it; every write refreshes the reader (see
/// <see cref="SearchIndex.Write"/>), and the first search on the new reader drops every entry at once — a disabled
/// person leaves the cached answers exactly when they leave uncached ones. Only answers worth keeping are stored
/// (the caller decides: the typeahead keeps the expensive ones, typed prefixes that match thousands of people).
/// Entries hold results before any per-reader trimming: permissions are applied by the caller on every use.
/// </summary>
public sealed class ReaderResultCache<TValue>
    where TValue : class
{
    private readonly int _capacity;
    private Generation? _current;
    private long _hits;
    private long _misses;

    public ReaderResultCache(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Answers served from the cache since start (for benchmarks and diagnostics).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Answers computed since start.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Entries held for the current reader.</summary>
    public int Count => Volatile.Read(ref _current)?.Entries.Count ?? 0;

    /// <summary>
    /// The cached answer for <paramref name="key"/> on this reader, or <paramref name="compute"/>'s, kept when
    /// <paramref name="keep"/> says so and the reader is still the newest one seen.
    /// </summary>
    public TValue GetOrAdd(IndexReader reader, string key, Func<TValue> compute, Func<TValue, bool> keep)
    {
        var generation = GenerationFor(reader);
        if (generation is not null && generation.Entries.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }

        Interlocked.Increment(ref _misses);
        var value = compute();
        if (generation is not null && keep(value))
        {
            if (generation.Entries.Count >= _capacity)
            {
                // Full: start over rather than track use. The common prefixes come back within a few keystrokes.
                generation.Entries.Clear();
            }

            generation.Entries.TryAdd(key, value);
        }

        return value;
    }

    /// <summary>
    /// The entries of this reader, starting a new generation when the reader is newer than the cached one (or the
    /// cached one was closed); null when a search still holds an older reader than the cache's — its answers are
    /// computed but not kept, so an old snapshot never overwrites a newer one.
    /// </summary>
    private Generation? GenerationFor(IndexReader reader)
    {
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current is not null && ReferenceEquals(current.Reader, reader))
            {
                return current;
            }

            if (current is not null && current.Reader.RefCount > 0 && Version(current.Reader) > Version(reader))
            {
                return null;
            }

            var next = new Generation(reader);
            if (Interlocked.CompareExchange(ref _current, next, current) == current)
            {
                return next;
            }
        }
    }

    private static long Version(IndexReader reader) => reader is DirectoryReader directory ? directory.Version : 0;

    private sealed class Generation(IndexReader reader)
    {
        public IndexReader Reader { get; } = reader;

        public ConcurrentDictionary<string, TValue> Entries { get; } = new(StringComparer.Ordinal);
    }
}
