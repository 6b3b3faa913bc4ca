using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Intranet.Core.Web;

/// <summary>
/// The one 400 answer for an API request whose body or parameters did not bind or validate: problem+json with a
/// Vietnamese title and detail and the errors per field, in Vietnamese (the JSON reader's English is not shown).
/// </summary>
public static class ApiBindingProblems
{
    public const string Detail = "Nội dung yêu cầu phải là JSON hợp lệ, mỗi trường đúng kiểu và đúng quy tắc; chưa thay đổi gì. Xem lỗi theo từng trường trong 'errors'.";

    public static ObjectResult Create(ModelStateDictionary modelState)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var field = FieldName(key);
            var messages = entry.Errors.Select(e => Message(key, e)).Distinct(StringComparer.Ordinal).ToArray();
            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, .. messages] : messages;
        }

        var problem = new ValidationProblemDetails(errors)
        {
            Status = 400,
            Title = ApiProblems.TitleFor(400),
            Detail = Detail,
            Type = "https://httpstatuses.io/400",
        };
        return new ObjectResult(problem) { StatusCode = 400, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>"$.permissions[1]" (the JSON reader's path) → "permissions[1]"; "$" or "" → "body".</summary>
    private static string FieldName(string key)
    {
        var field = key.StartsWith('$') ? key.TrimStart('$').TrimStart('.') : key;
        return field.Length == 0 ? "body" : field;
    }

    private static string Message(string key, ModelError error)
    {
        if (key.StartsWith('$') || error.Exception is System.Text.Json.JsonException)
        {
            // The reader's message names .NET types and byte offsets; the path is in the field name already.
            return "JSON sai cú pháp hoặc giá trị sai kiểu dữ liệu ở vị trí này.";
        }

        if (error.ErrorMessage.Length == 0 || error.Exception is not null)
        {
            return "Giá trị không hợp lệ.";
        }

        return error.ErrorMessage;
    }
}
