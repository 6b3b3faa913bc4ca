using Intranet.Core.Data;
using Microsoft.Extensions.Logging;

namespace Intranet.Search.Services;

/// <summary>
/// Holds the open indexes of the process: one <see cref="SearchIndex"/> (one writer) per (tenant, index), opened
/// lazily and closed when idle, so hundreds of tenants do not each keep a writer and memory maps open.
/// </summary>
public sealed class SearchIndexManager : IDisposable
{
    private readonly Dictionary<SearchIndexKey, SearchIndex> _open = [];
    private readonly object _lock = new();
    private readonly TenantPaths _paths;
    private readonly ILogger<SearchIndexManager> _logger;
    private bool _disposed;

    public SearchIndexManager(TenantPaths paths, ILogger<SearchIndexManager> logger)
    {
        _paths = paths;
        _logger = logger;
    }

    /// <summary>Raised when an index was found missing or corrupt and opened empty: its source should rebuild it.</summary>
    public event Action<SearchIndexKey>? IndexRecreated;

    public string PathOf(SearchIndexKey key) => Path.Combine(_paths.SiteFolder(key.TenantName), "Lucene", key.IndexName);

    public bool Exists(SearchIndexKey key) => System.IO.Directory.Exists(PathOf(key));

    public T Search<T>(SearchIndexKey key, Func<Lucene.Net.Search.IndexSearcher, T> search)
    {
        var index = Lease(key);
        try
        {
            return index.Search(search);
        }
        finally
        {
            index.ReleaseLease();
        }
    }

    public void Write(SearchIndexKey key, Action<Lucene.Net.Index.IndexWriter> write)
    {
        var index = Lease(key);
        try
        {
            index.Write(write);
        }
        finally
        {
            index.ReleaseLease();
        }
    }

    public async Task WriteAsync(SearchIndexKey key, Func<Lucene.Net.Index.IndexWriter, Task> write, CancellationToken cancellationToken)
    {
        var index = Lease(key);
        try
        {
            await index.WriteAsync(write, cancellationToken);
        }
        finally
        {
            index.ReleaseLease();
        }
    }

    /// <summary>Number of live documents, opening the index if needed.</summary>
    public int Count(SearchIndexKey key) => Search(key, s => s.IndexReader.NumDocs);

    /// <summary>Closes indexes unused for <paramref name="idleFor"/>; returns how many were closed.</summary>
    public int CloseIdle(TimeSpan idleFor)
    {
        List<SearchIndex> closing;
        lock (_lock)
        {
            var limit = DateTime.UtcNow - idleFor;
            closing = [.. _open.Values.Where(i => i.Leases == 0 && i.LastUsedUtc < limit)];
            foreach (var index in closing)
            {
                _open.Remove(index.Key);
            }
        }

        foreach (var index in closing)
        {
            index.Dispose();
        }

        return closing.Count;
    }

    /// <summary>Closes the index (when a tenant is removed, or before its folder is deleted).</summary>
    public void Close(SearchIndexKey key)
    {
        SearchIndex? index;
        lock (_lock)
        {
            if (_open.Remove(key, out index) && index.Leases > 0)
            {
                _logger.LogWarning("Closing search index {Key} while it is in use.", key);
            }
        }

        index?.Dispose();
    }

    public int OpenCount
    {
        get
        {
            lock (_lock)
            {
                return _open.Count;
            }
        }
    }

    private SearchIndex Lease(SearchIndexKey key)
    {
        SearchIndex? recreated = null;
        SearchIndex index;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_open.TryGetValue(key, out index!) || index.IsBroken)
            {
                index?.Dispose();
                index = SearchIndex.Open(key, PathOf(key), _logger);
                _open[key] = index;
                if (index.WasRecreated)
                {
                    recreated = index;
                }
            }

            index.AddLease();
        }

        if (recreated is not null)
        {
            IndexRecreated?.Invoke(key);
        }

        return index;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var index in _open.Values)
            {
                index.Dispose();
            }

            _open.Clear();
        }
    }
}
