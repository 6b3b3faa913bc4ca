using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Intranet.Core.Recipes;

/// <summary>JSON settings shared by recipe reading and export: camelCase, comments allowed, Vietnamese kept readable.</summary>
public static class RecipeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
