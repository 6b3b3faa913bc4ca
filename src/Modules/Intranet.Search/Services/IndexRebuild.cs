using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Intranet.Search.Services;

/// <summary>A rebuild in progress: the writer of the emptied index and the counts the admin page shows.</summary>
public sealed class IndexRebuild
{
    private readonly IndexWriter _writer;
    private int _done;

    internal IndexRebuild(IndexWriter writer) => _writer = writer;

    public int Total { get; set; }

    public int Done => Volatile.Read(ref _done);

    public void Add(Document document)
    {
        _writer.AddDocument(document);
        Interlocked.Increment(ref _done);
    }
}
