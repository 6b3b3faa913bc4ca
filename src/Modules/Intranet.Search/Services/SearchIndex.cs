using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace Intranet.Search.Services;

/// <summary>
/// One open index of one tenant: its directory, its single IndexWriter (a second writer on the folder would fail
/// with LockObtainFailedException) and a SearcherManager whose readers see the writer's changes after a refresh.
/// Never interrupt a thread that uses it: Lucene.Net does not support Thread.Interrupt (apache/lucenenet#526).
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private int _leases;
    private bool _disposed;

    private SearchIndex(SearchIndexKey key, string path, FSDirectory directory, IndexWriter writer, bool wasRecreated)
    {
        Key = key;
        Path = path;
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        WasRecreated = wasRecreated;
        LastUsedUtc = DateTime.UtcNow;
    }

    public SearchIndexKey Key { get; }

    public string Path { get; }

    /// <summary>The folder held no usable index when opened (missing or corrupt): its owner must rebuild it.</summary>
    public bool WasRecreated { get; }

    public DateTime LastUsedUtc { get; private set; }

    internal int Leases => Volatile.Read(ref _leases);

    internal bool IsDisposed => _disposed;

    /// <summary>A failed write rolled the writer back (which closes it): the index must be reopened.</summary>
    internal bool IsBroken { get; private set; }

    /// <summary>Opens the index at <paramref name="path"/>; a corrupt index is wiped and recreated empty.</summary>
    public static SearchIndex Open(SearchIndexKey key, string path, ILogger logger)
    {
        System.IO.Directory.CreateDirectory(path);
        var recreated = false;
        var directory = OpenDirectory(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                recreated = true;
            }
            else
            {
                // Opening a reader reads every segment's header: a torn commit shows here, not at the first query.
                using var probe = DirectoryReader.Open(directory);
            }
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Search index {Index} of {Tenant} is unreadable; recreating it empty for a rebuild.", key.IndexName, key.TenantName);
            directory.Dispose();
            System.IO.Directory.Delete(path, recursive: true);
            System.IO.Directory.CreateDirectory(path);
            directory = OpenDirectory(path);
            recreated = true;
        }

        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, new VietnameseAnalyzer())
        {
            OpenMode = recreated ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 16,
        };
        var writer = new IndexWriter(directory, config);
        if (recreated)
        {
            writer.Commit(); // an empty commit, so readers open on a brand-new index
        }

        return new SearchIndex(key, path, directory, writer, recreated);
    }

    /// <summary>
    /// NIOFSDirectory, not what FSDirectory.Open picks on 64-bit Linux (MMapDirectory): Lucene.Net 4.8.0-beta00017's
    /// MMapDirectory registers every clone of an input (several per search) in a ConditionalWeakTable, whose retired
    /// containers each wait for two finalizer passes; under steady search load they piled up faster than the finalizer
    /// freed them (part of the soak's RSS growth, docs/performance.md "Soak"). NIOFS reads with positional reads and keeps no
    /// per-clone bookkeeping.
    /// </summary>
    public static FSDirectory OpenDirectory(string path) => new NIOFSDirectory(new DirectoryInfo(path));

    internal void AddLease()
    {
        Interlocked.Increment(ref _leases);
        LastUsedUtc = DateTime.UtcNow;
    }

    internal void ReleaseLease() => Interlocked.Decrement(ref _leases);

    /// <summary>Runs a search on the latest refreshed reader.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Applies changes, commits (the index survives a restart in step with the database) and refreshes readers, so
    /// the next search sees them: a disabled person leaves the results at once.
    /// </summary>
    public void Write(Action<IndexWriter> write)
    {
        _writeLock.Wait();
        try
        {
            Apply(write);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// A long write (a rebuild): other writes wait for it, readers keep the previous snapshot until it commits, so
    /// searches during a rebuild return the old results rather than a half-built index.
    /// </summary>
    public async Task WriteAsync(Func<IndexWriter, Task> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            try
            {
                await write(_writer);
                _writer.Commit();
            }
            catch
            {
                IsBroken = true;
                _writer.Rollback();
                throw;
            }

            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private void Apply(Action<IndexWriter> write)
    {
        try
        {
            write(_writer);
            _writer.Commit();
        }
        catch
        {
            // Rollback drops what this batch half-wrote and closes the writer; the manager reopens the index
            // from its last commit on the next use.
            IsBroken = true;
            _writer.Rollback();
            throw;
        }

        _searchers.MaybeRefreshBlocking();
    }

    public int DocumentCount => Search(s => s.IndexReader.NumDocs);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        if (!IsBroken)
        {
            _writer.Dispose();
        }

        _directory.Dispose();
        _writeLock.Dispose();
    }
}
