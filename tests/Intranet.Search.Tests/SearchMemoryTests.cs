using Intranet.Search.Services;
using Lucene.Net.Store;

namespace Intranet.Search.Tests;

/// <summary>
/// Memory under steady search load (the soak in docs/performance.md "Soak"). Lucene.Net 4.8.0-beta00017's
/// MMapDirectory — what FSDirectory.Open picks on 64-bit Linux — registers every clone of an input (several per
/// search) in a ConditionalWeakTable; on the loaded soak server its retired tables piled up (5,555 after 4 minutes,
/// still there after a full collection), a part of the RSS growth. Not reproducible in a quiet test process,
/// so this pins the choice that removed it.
/// </summary>
public sealed class SearchMemoryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "intranet-search-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Indexes_are_read_through_a_directory_that_keeps_no_per_search_clone_table()
    {
        using var directory = SearchIndex.OpenDirectory(_path);

        Assert.IsType<NIOFSDirectory>(directory);
        Assert.IsNotType<MMapDirectory>(directory);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_path))
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
    }
}
