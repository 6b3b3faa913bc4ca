using Intranet.Core.Modules;

namespace Intranet.Tenants.Services;

/// <summary>Vietnamese reasons for refusing a feature change, checked before <see cref="ModuleCatalog"/> computes the new set.</summary>
public static class FeatureRules
{
    public static string? UnknownFeature(ModuleCatalog catalog, IEnumerable<string> ids) =>
        ids.FirstOrDefault(id => catalog.FindFeature(id) is null) is { } unknown
            ? $"Không có tính năng '{unknown}'. Các tính năng hiện có: {string.Join(", ", catalog.OrderedFeatures.Select(f => f.Id))}."
            : null;

    public static string? CheckEnable(ModuleCatalog catalog, IEnumerable<string> ids, bool isHost, string tenantDisplayName)
    {
        var list = ids.ToList();
        if (UnknownFeature(catalog, list) is { } unknown)
        {
            return unknown;
        }

        foreach (var feature in list.Select(id => catalog.FindFeature(id)!))
        {
            if (!feature.AllowedIn(isHost))
            {
                return isHost
                    ? $"Tính năng '{feature.Id}' ({feature.Name}) chỉ dùng cho đơn vị, không bật ở cấp tỉnh."
                    : $"Tính năng '{feature.Id}' ({feature.Name}) chỉ dùng ở cấp tỉnh (host), không bật được cho đơn vị '{tenantDisplayName}'.";
            }
        }

        return null;
    }

    public static string? CheckDisable(ModuleCatalog catalog, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        if (UnknownFeature(catalog, list) is { } unknown)
        {
            return unknown;
        }

        return list.Select(id => catalog.FindFeature(id)!).FirstOrDefault(f => f.AlwaysEnabled) is { } always
            ? $"Tính năng '{always.Id}' ({always.Name}) luôn bật, không tắt được."
            : null;
    }

    /// <summary>Features that need <paramref name="featureId"/> (directly or through others).</summary>
    public static IReadOnlyList<FeatureDescriptor> Dependents(ModuleCatalog catalog, string featureId)
    {
        var found = new HashSet<string>(StringComparer.Ordinal) { featureId };
        bool grew;
        do
        {
            grew = false;
            foreach (var feature in catalog.OrderedFeatures.Where(f => !found.Contains(f.Id) && f.Dependencies.Any(found.Contains)))
            {
                found.Add(feature.Id);
                grew = true;
            }
        }
        while (grew);

        found.Remove(featureId);
        return [.. catalog.OrderedFeatures.Where(f => found.Contains(f.Id))];
    }
}
