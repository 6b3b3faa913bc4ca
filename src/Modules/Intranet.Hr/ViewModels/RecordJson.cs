using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Intranet.Hr.Models;
using Intranet.Hr.Services;
using Intranet.Hr.Services.Records;

namespace Intranet.Hr.ViewModels;

/// <summary>
/// The API's shape of a record: identity, then one property per group the reader may read (absent otherwise),
/// career rows with the one in force "as of" the date first. Internal ids of scans are replaced by a URL.
/// </summary>
public static class RecordJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly HashSet<string> Collections = new(StringComparer.Ordinal)
    {
        "salary", "allowances", "postings", "ratings", "awards", "disciplines", "qualifications", "history", "family", "political", "assets", "health",
    };

    public static JsonObject Identity(StaffRecord record)
    {
        var node = JsonSerializer.SerializeToNode(record, Options)!.AsObject();
        foreach (var name in Collections)
        {
            node.Remove(name);
        }

        node.Remove("isOnStaff");
        return node;
    }

    /// <summary>A row of a non-dated group as the record's own list shows it.</summary>
    public static JsonNode Personal(object row) => JsonSerializer.SerializeToNode(row, row.GetType(), Options)!;

    public static JsonObject Full(RecordView view, string basePath)
    {
        var s = view.Snapshot;
        var node = Identity(view.Record);
        node["asOf"] = HrDates.Iso(s.AsOf);
        node["groups"] = new JsonArray([.. view.Groups.Select(g => (JsonNode)JsonNamingPolicy.CamelCase.ConvertName(g.ToString()))]);
        if (view.Shows(HrGroup.Basic))
        {
            node["posting"] = Row(s.Posting, CareerKind.Posting, basePath);
            node["postings"] = Rows(s, CareerKind.Posting, basePath);
            node["ratings"] = Rows(s, CareerKind.Rating, basePath);
            node["awards"] = Rows(s, CareerKind.Award, basePath);
            node["disciplines"] = Rows(s, CareerKind.Discipline, basePath);
            node["qualifications"] = Rows(s, CareerKind.Qualification, basePath);
            node["history"] = JsonSerializer.SerializeToNode(view.Record.History, Options);
        }

        if (view.Shows(HrGroup.Salary))
        {
            node["salary"] = Row(s.Salary, CareerKind.Salary, basePath);
            node["salaryHistory"] = Rows(s, CareerKind.Salary, basePath);
            node["allowances"] = new JsonArray([.. s.Allowances.Select(a => (JsonNode?)Row(a, CareerKind.Allowance, basePath))]);
        }

        if (view.Shows(HrGroup.Family))
        {
            node["family"] = JsonSerializer.SerializeToNode(view.Record.Family, Options);
        }

        if (view.Shows(HrGroup.Political))
        {
            node["political"] = JsonSerializer.SerializeToNode(view.Record.Political, Options);
        }

        if (view.Shows(HrGroup.Assets))
        {
            node["assets"] = JsonSerializer.SerializeToNode(view.Record.Assets, Options);
        }

        if (view.Shows(HrGroup.Health))
        {
            node["health"] = JsonSerializer.SerializeToNode(view.Record.Health, Options);
        }

        return node;
    }

    public static JsonObject? Row(CareerEntry? row, CareerKind kind, string basePath)
    {
        if (row is null)
        {
            return null;
        }

        var node = JsonSerializer.SerializeToNode(row, row.GetType(), Options)!.AsObject();
        var decision = node["decision"]!.AsObject();
        decision.Remove("scanId");
        decision["scanUrl"] = row.Decision.ScanId is null ? null : $"{basePath}/{row.RecordId}/{CareerKinds.Slug(kind)}/{row.Id}/scan";
        node["rowType"] = CareerKinds.Slug(kind);
        return node;
    }

    private static JsonArray Rows(RecordSnapshot s, CareerKind kind, string basePath) =>
        new([.. s.Rows(kind).Select(r => (JsonNode?)Row(r, kind, basePath))]);
}
