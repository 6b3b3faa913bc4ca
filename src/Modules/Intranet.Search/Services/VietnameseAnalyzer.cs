using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Intranet.Search.Services;

/// <summary>
/// NFC → StandardTokenizer → LowerCase → ASCIIFolding(preserveOriginal). ASCIIFoldingFilter folds precomposed
/// letters (ễ, đ, ư) but not combining marks, so decomposed (NFD) input from some input methods must be composed
/// first or "nguyen" would miss "Nguyễn". Keeping the original token lets an exact-diacritic match outrank a
/// folded-only one ("Hà" above "Hạ").
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TextReader InitReader(string fieldName, TextReader reader)
    {
        // Names and short profile fields: composing the whole value in memory is cheaper than a streaming CharFilter.
        var text = reader.ReadToEnd();
        return new StringReader(Intranet.Core.Text.UnicodeText.Normalize(text));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream, preserveOriginal: true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
