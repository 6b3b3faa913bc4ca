using System.Text;

namespace Intranet.Security.Tests.Fuzz;

/// <summary>
/// Generates the malformed requests from the endpoint table: for every input of every endpoint, each hostile
/// value (path, query, form field, JSON property, wrong-typed JSON token); for every body, structural damage
/// (invalid JSON, trailing commas, deep nesting, wrong content types, bad encodings); for every upload, each
/// hostile file; for every endpoint, a damaged query string. Lazy: bodies of a megabyte are made when sent.
/// </summary>
public sealed class FuzzPlan
{
    private readonly RouteValues _routes;
    private readonly bool _withRowIndexBomb;

    public FuzzPlan(RouteValues routes, bool withRowIndexBomb)
    {
        _routes = routes;
        _withRowIndexBomb = withRowIndexBomb;
    }

    public IEnumerable<FuzzRequest> For(AppEndpoint endpoint)
    {
        var inputs = EndpointInputs.Of(endpoint);
        var pathValues = endpoint.Endpoint.RoutePattern.Parameters.ToDictionary(p => p.Name, p => Uri.EscapeDataString(_routes.ValueFor(endpoint, p)), StringComparer.OrdinalIgnoreCase);
        var query = inputs.Where(i => i.Source == InputSource.Query).Select(i => (i.Name, Uri.EscapeDataString(PlausibleValues.Text(i.Name, i.Type)))).ToList();
        var form = inputs.Where(i => i.Source == InputSource.Form).Select(i => (i.Name, Encoding.UTF8.GetBytes(PlausibleValues.Text(i.Name, i.Type)))).ToList();
        var files = inputs.Where(i => i.Source == InputSource.File).Select(i => (i.Name, Baseline: new FuzzUpload("baseline", "danh-ba.csv", "text/csv", () => "Họ và tên,Email\nA,a@b.test\n"u8.ToArray()))).ToList();
        var bodyInput = inputs.FirstOrDefault(i => i.Source == InputSource.Body);
        var baselineJson = bodyInput is null ? null : PlausibleValues.Json(bodyInput.Name, bodyInput.Type);
        Func<RawBody>? baselineBody = baselineJson is null ? null : () => new RawBody("baseline", Encoding.UTF8.GetBytes(baselineJson.ToJsonString()), "application/json");
        var baseline = new FuzzRequest(endpoint, "baseline")
        {
            PathValues = pathValues,
            Query = query,
            Form = form,
            Files = [.. files.Select(f => (f.Name, f.Baseline))],
            Body = baselineBody,
        };

        foreach (var name in pathValues.Keys)
        {
            foreach (var value in HostileValues.ForUrl.Where(v => v.Encoded.Length > 0))
            {
                yield return baseline with { Mutation = $"route {name} = {value.Label}", Sampled = !value.Always, PathValues = Replace(pathValues, name, value.Encoded) };
            }
        }

        for (var i = 0; i < query.Count; i++)
        {
            foreach (var value in HostileValues.ForUrl)
            {
                yield return baseline with { Mutation = $"query {query[i].Name} = {value.Label}", Sampled = !value.Always, Query = ReplaceAt(query, i, (query[i].Name, value.Encoded)) };
            }
        }

        for (var i = 0; i < form.Count; i++)
        {
            foreach (var value in HostileValues.ForBody)
            {
                yield return baseline with { Mutation = $"form {form[i].Name} = {value.Label}", Sampled = !value.Always, Form = ReplaceAt(form, i, (form[i].Name, value.Bytes)) };
            }
        }

        if (baselineJson is not null)
        {
            foreach (var (label, make, sampled) in JsonBodies.PerProperty(baselineJson))
            {
                yield return baseline with { Mutation = label, Body = make, Sampled = sampled };
            }

            foreach (var body in JsonBodies.Structural(baselineJson))
            {
                yield return baseline with { Mutation = body.Label, Body = () => body };
            }
        }
        else if (endpoint.IsUnsafe)
        {
            foreach (var body in FormBodies())
            {
                yield return baseline with { Mutation = body.Label, Body = () => body, Files = [] };
            }
        }

        foreach (var (name, _) in files)
        {
            foreach (var file in FuzzFiles.All.Where(f => _withRowIndexBomb || !f.IsRowIndexBomb))
            {
                yield return baseline with { Mutation = $"file {name} = {file.Label}", Files = [.. files.Select(f => f.Name == name ? (f.Name, file) : (f.Name, f.Baseline))] };
            }
        }

        foreach (var (label, raw) in DamagedQueries())
        {
            yield return baseline with { Mutation = label, RawQuery = raw };
        }
    }

    private static IEnumerable<RawBody> FormBodies()
    {
        const string Form = "application/x-www-form-urlencoded";
        yield return new("form with 5,000 fields", Encoding.ASCII.GetBytes(string.Join('&', Enumerable.Range(0, 5000).Select(i => $"f{i}=1"))), Form);
        yield return new("form raw invalid UTF-8", [0x61, 0x3D, 0xFF, 0xFE, 0x26, 0x62, 0x3D, 0xC0, 0xAF], Form);
        yield return new("form with broken escapes", "a=%&b=%zz%&%=c&=&&"u8.ToArray(), Form);
        yield return new("empty form", [], Form);
        yield return new("multipart without boundary", "x"u8.ToArray(), "multipart/form-data");
        yield return new("multipart cut short", "--abc\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx"u8.ToArray(), "multipart/form-data; boundary=abc");
        yield return new("JSON to a form endpoint", "{\"a\":[1,2,],}"u8.ToArray(), "application/json");
        yield return new("XML with a DTD", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b SYSTEM \"file:///etc/passwd\">]><a>&b;</a>"u8.ToArray(), "application/xml");
    }

    private static IEnumerable<(string Label, string Raw)> DamagedQueries()
    {
        yield return ("query with 2,000 parameters", string.Join('&', Enumerable.Range(0, 2000).Select(i => $"p{i}=1")));
        yield return ("query repeating one key 1,000 times", string.Join('&', Enumerable.Repeat("page=1", 1000)));
        yield return ("query with broken escapes", "%&a=%zz&%FF%FE=%C0%AF&==");
        yield return ("query key of 30,000 characters", new string('k', 30_000) + "=1");
        yield return ("query with paging extremes", "page=-2147483648&pageSize=2147483647&take=-1&skip=99999999999");
    }

    private static Dictionary<string, string> Replace(IReadOnlyDictionary<string, string> values, string name, string value) =>
        values.ToDictionary(p => p.Key, p => p.Key == name ? value : p.Value, StringComparer.OrdinalIgnoreCase);

    private static List<T> ReplaceAt<T>(List<T> items, int index, T value)
    {
        var copy = new List<T>(items) { [index] = value };
        return copy;
    }
}
