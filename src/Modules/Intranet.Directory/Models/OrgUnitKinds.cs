namespace Intranet.StaffDirectory.Models;

public static class OrgUnitKinds
{
    public static string Slug(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Phong => "phong",
        OrgUnitKind.Ban => "ban",
        OrgUnitKind.To => "to",
        OrgUnitKind.TrungTam => "trung-tam",
        _ => "khac",
    };

    public static string Label(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Phong => "Phòng",
        OrgUnitKind.Ban => "Ban",
        OrgUnitKind.To => "Tổ",
        OrgUnitKind.TrungTam => "Trung tâm",
        _ => "Khác",
    };

    public static bool TryParse(string? text, out OrgUnitKind kind)
    {
        switch (Intranet.Search.Services.VietnameseText.Fold(text?.Trim()).Replace(' ', '-'))
        {
            case "phong": kind = OrgUnitKind.Phong; return true;
            case "ban": kind = OrgUnitKind.Ban; return true;
            case "to": kind = OrgUnitKind.To; return true;
            case "trung-tam" or "trungtam": kind = OrgUnitKind.TrungTam; return true;
            case "khac" or "": kind = OrgUnitKind.Khac; return true;
            default: kind = OrgUnitKind.Khac; return false;
        }
    }

    public static IReadOnlyList<OrgUnitKind> All { get; } = [OrgUnitKind.Phong, OrgUnitKind.Ban, OrgUnitKind.To, OrgUnitKind.TrungTam, OrgUnitKind.Khac];
}
