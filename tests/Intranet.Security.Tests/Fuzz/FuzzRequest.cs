using System.Text;

namespace Intranet.Security.Tests.Fuzz;

/// <summary>
/// A request to one endpoint: the baseline values of its inputs with one of them (or the body as a whole)
/// replaced by something malformed. Values are bytes, percent-encoded when they go in a URL or a urlencoded
/// form, so invalid UTF-8 travels as it is.
/// </summary>
public sealed record FuzzRequest(AppEndpoint Endpoint, string Mutation)
{
    public required IReadOnlyDictionary<string, string> PathValues { get; init; }

    /// <summary>One of the per-value mutations that only a seeded share of is sent.</summary>
    public bool Sampled { get; init; }

    public IReadOnlyList<(string Name, string Encoded)> Query { get; init; } = [];

    public string? RawQuery { get; init; }

    public IReadOnlyList<(string Name, byte[] Value)> Form { get; init; } = [];

    public IReadOnlyList<(string Name, FuzzUpload File)> Files { get; init; } = [];

    /// <summary>A whole body that replaces the JSON body or the form.</summary>
    public Func<RawBody>? Body { get; init; }

    public HttpRequestMessage Create(string prefix, RouteValues routes)
    {
        var url = routes.Url(Endpoint, prefix, parameter => PathValues.GetValueOrDefault(parameter.Name));
        var query = RawQuery ?? string.Join('&', Query.Select(q => Uri.EscapeDataString(q.Name) + "=" + q.Encoded));
        var request = new HttpRequestMessage(new HttpMethod(Endpoint.Method), query.Length > 0 ? url + "?" + query : url);
        request.Content = CreateContent();
        return request;
    }

    private HttpContent? CreateContent()
    {
        if (Body is not null)
        {
            var body = Body();
            var content = new ByteArrayContent(body.Bytes);
            if (body.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", body.ContentType);
            }

            return content;
        }

        if (Files.Count > 0)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in Form)
            {
                multipart.Add(new ByteArrayContent(value), name);
            }

            foreach (var (name, file) in Files)
            {
                var part = new ByteArrayContent(file.Bytes());
                part.Headers.TryAddWithoutValidation("Content-Type", file.ContentType);
                multipart.Add(part, name, file.FileName);
            }

            return multipart;
        }

        if (Form.Count > 0 || Endpoint.IsUnsafe)
        {
            var text = string.Join('&', Form.Select(f => Uri.EscapeDataString(f.Name) + "=" + PercentEncode(f.Value)));
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes(text));
            content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
            return content;
        }

        return null;
    }

    public static string PercentEncode(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    public override string ToString() => $"{Endpoint.Key} [{Mutation}]";
}
