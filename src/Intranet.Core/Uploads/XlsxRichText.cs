using System.Text;
using System.Xml;

namespace Intranet.Core.Uploads;

/// <summary>The text of a shared string (<c>si</c>) or an inline string (<c>is</c>): every run's <c>t</c>, phonetic hints left out.</summary>
internal static class XlsxRichText
{
    /// <summary>Reads from the container's start tag to its end tag, refusing text longer than <paramref name="maxLength"/>.</summary>
    public static string Read(XmlReader reader, char[] buffer, int maxLength, Func<string> tooLong)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        var phonetic = -1;
        var inText = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement when reader.Depth == depth:
                    return text.ToString();
                case XmlNodeType.Element when reader.LocalName == "rPh" && phonetic < 0 && !reader.IsEmptyElement:
                    phonetic = reader.Depth;
                    break;
                case XmlNodeType.EndElement when reader.Depth == phonetic:
                    phonetic = -1;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t" && phonetic < 0:
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText:
                    SafeXml.AppendValue(reader, text, buffer, maxLength, tooLong);
                    break;
            }
        }

        return text.ToString();
    }
}
