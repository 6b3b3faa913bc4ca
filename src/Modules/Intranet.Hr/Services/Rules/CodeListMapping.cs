using System.Globalization;
using Intranet.Hr.Models.Reference;
using Intranet.Hr.Rules;

namespace Intranet.Hr.Services.Rules;

/// <summary>Between the stored rows and the rules' immutable <see cref="CodeList"/>.</summary>
internal static class CodeListMapping
{
    public static CodeList ToCodeList(HrCodeListVersion version) => new(
        version.ListKey, version.Name, version.Version, version.Source, version.ValidFrom,
        [.. version.Items.OrderBy(i => i.Position).Select(ToItem)]);

    public static HrCodeListVersion ToEntity(CodeList list, string? createdBy, DateTime createdUtc) => new()
    {
        ListKey = list.Key,
        Name = list.Name,
        Version = list.Version,
        Source = list.Source,
        ValidFrom = list.ValidFrom,
        CreatedBy = createdBy,
        CreatedUtc = createdUtc,
        Items = [.. list.Items.Select((item, index) => new HrCodeListItem
        {
            Position = index,
            Code = item.Code,
            Name = item.Name,
            Aliases = item.Aliases.Count > 0 ? string.Join('|', item.Aliases) : null,
            Parent = item.Parent,
            NumberValues = item.Values.Count > 0 ? string.Join(';', item.Values.Select(v => v.ToString(CultureInfo.InvariantCulture))) : null,
            Months = item.Months,
        })],
    };

    private static CodeItem ToItem(HrCodeListItem item) => new(item.Code, item.Name)
    {
        Aliases = string.IsNullOrEmpty(item.Aliases) ? [] : item.Aliases.Split('|'),
        Parent = item.Parent,
        Values = string.IsNullOrEmpty(item.NumberValues)
            ? []
            : [.. item.NumberValues.Split(';').Select(v => decimal.Parse(v, NumberStyles.Number, CultureInfo.InvariantCulture))],
        Months = item.Months,
    };
}
