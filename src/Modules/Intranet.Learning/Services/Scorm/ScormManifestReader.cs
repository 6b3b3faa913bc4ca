using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Intranet.Core.Uploads;
using Intranet.Learning.Models.Scorm;

namespace Intranet.Learning.Services.Scorm;

/// <summary>
/// Reads <c>imsmanifest.xml</c> without DTDs or resolving anything (no XSD is fetched), by local names since real
/// packages mix namespaces and attribute case (<c>scormtype</c>/<c>scormType</c>). The launched SCO is the first item of
/// the default organization (or of the first one when the default names none) that points at a resource with a file.
/// </summary>
public static class ScormManifestReader
{
    public const string FileName = "imsmanifest.xml";

    public static ScormManifest Read(Stream stream, UploadLimits limits, CancellationToken cancellation = default)
    {
        XDocument document;
        try
        {
            using var reader = SafeXml.Create(stream, limits with { MaxBytes = Math.Min(limits.MaxBytes, 4 * 1024 * 1024) }, cancellation);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw SafeXml.Reject(ex, FileName);
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName != "manifest")
        {
            throw new UploadRejectedException("Tệp imsmanifest.xml không có phần tử <manifest> ở gốc: đây không phải gói SCORM.");
        }

        var version = VersionOf(root);
        var resources = root.Elements().Where(e => Is(e, "resources")).Elements().Where(e => Is(e, "resource"))
            .Where(r => Attr(r, "identifier") is not null)
            .GroupBy(r => Attr(r, "identifier")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var organizations = root.Elements().FirstOrDefault(e => Is(e, "organizations"));
        var orgList = organizations?.Elements().Where(e => Is(e, "organization")).ToList() ?? [];
        var defaultId = organizations is null ? null : Attr(organizations, "default");
        var organization = orgList.FirstOrDefault(o => Attr(o, "identifier") == defaultId) ?? orgList.FirstOrDefault();

        var launchable = (organization?.Descendants().Where(e => Is(e, "item")) ?? [])
            .Select(item => (Item: (XElement?)item, Resource: Attr(item, "identifierref") is { } r ? resources.GetValueOrDefault(r) : null))
            .Where(x => x.Resource is not null && Attr(x.Resource, "href") is { Length: > 0 })
            .ToList();
        if (launchable.Count == 0)
        {
            // No organization (allowed for a package of assets): the first resource with a file.
            launchable = [.. resources.Values.Where(r => Attr(r, "href") is { Length: > 0 }).Take(1).Select(r => ((XElement?)null, (XElement?)r))];
        }

        if (launchable.Count == 0)
        {
            throw new UploadRejectedException("Tệp imsmanifest.xml không khai báo bài học nào để mở (không có <item> trỏ tới <resource href=\"…\">).");
        }

        var (item, resource) = launchable.FirstOrDefault(x => IsSco(x.Resource!)) is { Resource: not null } sco ? sco : launchable[0];
        var href = Base(root) + Base(root.Elements().FirstOrDefault(e => Is(e, "resources"))) + Base(resource) + Attr(resource!, "href")!;
        var (query, fragment) = ("", "");
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            (href, fragment) = (href[..hash], href[hash..]);
        }

        var question = href.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            (href, query) = (href[..question], href[question..]);
        }

        var path = Uri.UnescapeDataString(href.Replace('\\', '/')).TrimStart('/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        if (ZipEntryNames.Problem(path) is { } problem)
        {
            throw new UploadRejectedException($"Tệp mở đầu bài học '{ZipEntryNames.Printable(path)}' trong imsmanifest.xml không được phép: {problem}.");
        }

        // The item's parameters join the href's query (or replace its fragment), as the content packaging spec says.
        var extra = item is null ? "" : Attr(item, "parameters") ?? "";
        if (extra.StartsWith('#'))
        {
            fragment = extra;
        }
        else if (extra.TrimStart('?', '&') is { Length: > 0 } pairs)
        {
            query = query.Length == 0 ? "?" + pairs : query + "&" + pairs;
        }

        var parameters = query + fragment;
        var title = Text(organization?.Elements().FirstOrDefault(e => Is(e, "title")))
            ?? Text(item?.Elements().FirstOrDefault(e => Is(e, "title")))
            ?? "Gói SCORM";
        return new ScormManifest(
            version,
            title.Length > 300 ? title[..300] : title,
            path,
            parameters.Length == 0 ? null : Limit(parameters, 1000),
            version == ScormVersion.Scorm12 ? Number(Child(item, "masteryscore"), 0, 100) : null,
            version == ScormVersion.Scorm2004 ? PassingScore(item) : null,
            version == ScormVersion.Scorm2004 ? Threshold(item) : null,
            version == ScormVersion.Scorm2004 && CompletionSetByContent(item),
            Text(Child(item, version == ScormVersion.Scorm12 ? "datafromlms" : "dataFromLMS")) is { } data ? Limit(data, 4096) : null,
            launchable.Count(x => IsSco(x.Resource!)));
    }

    private static ScormVersion VersionOf(XElement root)
    {
        var schemaVersion = root.Elements().Where(e => Is(e, "metadata")).Elements().FirstOrDefault(e => Is(e, "schemaversion"))?.Value.Trim() ?? "";
        if (schemaVersion.Contains("2004", StringComparison.Ordinal) || schemaVersion.Contains("1.3", StringComparison.Ordinal))
        {
            return ScormVersion.Scorm2004;
        }

        if (schemaVersion == "1.2")
        {
            return ScormVersion.Scorm12;
        }

        var namespaces = root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => a.IsNamespaceDeclaration).Select(a => a.Value).ToList();
        namespaces.Add(root.Name.NamespaceName);
        if (namespaces.Any(n => n.Contains("adlcp_v1p3", StringComparison.OrdinalIgnoreCase) || n.Contains("imsss", StringComparison.OrdinalIgnoreCase)))
        {
            return ScormVersion.Scorm2004;
        }

        if (namespaces.Any(n => n.Contains("adlcp_rootv1p2", StringComparison.OrdinalIgnoreCase) || n.Contains("imscp_rootv1p1p2", StringComparison.OrdinalIgnoreCase)))
        {
            return ScormVersion.Scorm12;
        }

        throw new UploadRejectedException("Không xác định được phiên bản SCORM: imsmanifest.xml không ghi <schemaversion> 1.2 hoặc 2004 và không dùng không gian tên của SCORM.");
    }

    private static bool IsSco(XElement resource) =>
        string.Equals(Attr(resource, "scormtype"), "sco", StringComparison.OrdinalIgnoreCase);

    private static decimal? PassingScore(XElement? item)
    {
        var primary = item?.Elements().Where(e => Is(e, "sequencing")).Elements().Where(e => Is(e, "objectives")).Elements().FirstOrDefault(e => Is(e, "primaryObjective"));
        if (primary is null || !string.Equals(Attr(primary, "satisfiedByMeasure"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Number(primary.Elements().FirstOrDefault(e => Is(e, "minNormalizedMeasure")), -1, 1);
    }

    private static decimal? Threshold(XElement? item)
    {
        var threshold = Child(item, "completionThreshold");
        if (threshold is null)
        {
            return null;
        }

        // 4th edition: an attribute, used only when completedByMeasure="true"; 3rd edition: the element's text.
        if (Attr(threshold, "minProgressMeasure") is { } measure)
        {
            return string.Equals(Attr(threshold, "completedByMeasure"), "true", StringComparison.OrdinalIgnoreCase) ? Number(measure, 0, 1) : null;
        }

        return Number(threshold, 0, 1);
    }

    private static bool CompletionSetByContent(XElement? item)
    {
        var controls = item?.Elements().Where(e => Is(e, "sequencing")).Elements().FirstOrDefault(e => Is(e, "deliveryControls"));
        return controls is not null && string.Equals(Attr(controls, "completionSetByContent"), "true", StringComparison.OrdinalIgnoreCase);
    }

    private static XElement? Child(XElement? item, string localName) =>
        item?.Elements().FirstOrDefault(e => string.Equals(e.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase));

    private static decimal? Number(XElement? element, decimal min, decimal max) => element is null ? null : Number(element.Value, min, max);

    private static decimal? Number(string text, decimal min, decimal max) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;

    private static bool Is(XElement element, string localName) => element.Name.LocalName == localName;

    /// <summary>An attribute by local name whatever its namespace or case (<c>adlcp:scormtype</c>, <c>adlcp:scormType</c>).</summary>
    private static string? Attr(XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => !a.IsNamespaceDeclaration && string.Equals(a.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase))?.Value.Trim();

    private static string Base(XElement? element) =>
        element?.Attribute(XNamespace.Xml + "base")?.Value.Trim() is { Length: > 0 } value ? (value.EndsWith('/') ? value : value + "/") : "";

    private static string? Text(XElement? element) => element?.Value.Trim() is { Length: > 0 } text ? text : null;

    private static string Limit(string text, int max) => text.Length > max ? text[..max] : text;
}
