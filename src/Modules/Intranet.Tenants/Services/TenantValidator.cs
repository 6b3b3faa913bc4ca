using Intranet.Core.Tenants;
using Intranet.Core.Validation;

namespace Intranet.Tenants.Services;

/// <summary>Checks a department's identity: well-formed (400) and not taken by another tenant (409). Messages are Vietnamese, for the UI and the API.</summary>
public static class TenantValidator
{
    /// <summary>Normalises host names (trimmed, lower case, no duplicates) and the prefix (lower case, no slashes).</summary>
    public static TenantRequest Normalize(TenantRequest request) => request with
    {
        Name = (request.Name ?? "").Trim(),
        DisplayName = (request.DisplayName ?? "").Trim(),
        Prefix = string.IsNullOrWhiteSpace(request.Prefix) ? null : request.Prefix.Trim().Trim('/').ToLowerInvariant(),
        Hosts = [.. (request.Hosts ?? []).Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)],
        Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
    };

    /// <summary>
    /// Form errors (400), empty when the request is well formed. <paramref name="isReservedPrefix"/> says which first
    /// path segments the host answers on (derived from the route table); the fixed list alone when not given.
    /// </summary>
    public static List<string> Check(TenantRequest request, bool isNew, Func<string, bool>? isReservedPrefix = null)
    {
        isReservedPrefix ??= TenantNames.IsReservedPrefix;
        var errors = new List<string>();
        if (isNew && !TenantNames.IsValidName(request.Name))
        {
            errors.Add($"Tên đơn vị '{request.Name}' không hợp lệ: chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch ngang, 2–50 ký tự, bắt đầu bằng chữ cái.");
        }
        else if (isNew && (string.Equals(request.Name, Tenant.DefaultName, StringComparison.OrdinalIgnoreCase) || TenantNames.IsReservedPrefix(request.Name)))
        {
            errors.Add($"Tên đơn vị '{request.Name}' được hệ thống dùng riêng, hãy chọn tên khác.");
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            errors.Add("Cần nhập tên hiển thị của đơn vị.");
        }
        else if (request.DisplayName.Length > 200)
        {
            errors.Add("Tên hiển thị dài quá 200 ký tự.");
        }
        else if (NameRule.Check(request.DisplayName, "Tên hiển thị") is { } invalidName)
        {
            errors.Add(invalidName);
        }

        if (request.Prefix is { } prefix)
        {
            if (isReservedPrefix(prefix))
            {
                errors.Add($"Tiền tố '{prefix}' được hệ thống dùng riêng: cổng thông tin tỉnh đã dùng đường dẫn /{prefix} (như /admin, /api, /news, /pages, /directory), hãy chọn tiền tố khác.");
            }
            else if (!TenantNames.IsValidName(prefix))
            {
                errors.Add($"Tiền tố '{prefix}' không hợp lệ: một đoạn đường dẫn gồm chữ thường không dấu, chữ số và dấu gạch ngang, 2–50 ký tự.");
            }
        }

        foreach (var host in request.Hosts)
        {
            if (!TenantNames.IsValidHostName(host))
            {
                errors.Add($"Tên miền '{host}' không hợp lệ (ví dụ đúng: sotttt.binhan.gov.vn).");
            }
        }

        if (request.Prefix is null && request.Hosts.Count == 0)
        {
            errors.Add("Đơn vị cần một tiền tố đường dẫn hoặc ít nhất một tên miền để truy cập.");
        }

        if (request.Description is { Length: > 2000 })
        {
            errors.Add("Mô tả dài quá 2000 ký tự.");
        }
        else if (NameRule.Check(request.Description, "Mô tả", multiline: true) is { } invalidDescription)
        {
            errors.Add(invalidDescription);
        }

        return errors;
    }

    /// <summary>Conflicts with existing tenants (409), or null. <paramref name="self"/> is the tenant being edited.</summary>
    public static string? Conflict(TenantRequest request, TenantTable table, string? self)
    {
        bool Other(Tenant t) => !string.Equals(t.Name, self, StringComparison.OrdinalIgnoreCase);
        if (self is null && table.FindByName(request.Name) is not null)
        {
            return $"Đã có đơn vị tên '{request.Name}'.";
        }

        var all = table.Tenants.Append(table.Host).Where(Other).ToList();
        if (request.Prefix is { } prefix && all.FirstOrDefault(t => string.Equals(t.RequestUrlPrefix, prefix, StringComparison.OrdinalIgnoreCase)) is { } byPrefix)
        {
            return $"Tiền tố '{prefix}' đã được đơn vị '{byPrefix.DisplayName}' ({byPrefix.Name}) dùng.";
        }

        foreach (var host in request.Hosts)
        {
            if (all.FirstOrDefault(t => t.RequestUrlHosts.Contains(host, StringComparer.OrdinalIgnoreCase)) is { } byHost)
            {
                return $"Tên miền '{host}' đã được đơn vị '{byHost.DisplayName}' ({byHost.Name}) dùng.";
            }
        }

        return null;
    }
}
