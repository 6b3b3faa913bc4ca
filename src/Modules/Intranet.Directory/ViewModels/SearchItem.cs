using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.ViewModels;

/// <summary>One result of <c>GET /api/directory/search</c>: only fields the caller may see are present.</summary>
public sealed record SearchItem(
    string Name,
    string Tenant,
    string TenantName,
    int Id,
    string? Unit,
    string? Position,
    string? Email,
    string? Phone,
    string? Mobile,
    string? Room,
    string Url)
{
    public static SearchItem From(DirectoryEntry e) => new(
        e.FullName, e.TenantName, e.TenantDisplayName, e.PersonId, e.UnitName, e.Position, e.Email, e.OfficePhone, e.Mobile, e.Room,
        $"/directory/{e.TenantName}/people/{e.PersonId}");
}
