using System.Collections.Frozen;
using System.Reflection;

namespace Intranet.Core.Modules;

/// <summary>
/// Every module and feature found in the application, and the rules that relate features: dependency
/// closure, dependents, scope. Immutable once built; safe to share.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, FeatureDescriptor?> _featureOfType = new();

    private readonly FrozenDictionary<string, FeatureDescriptor> _features;
    private readonly FrozenDictionary<Assembly, ModuleDescriptor> _byAssembly;

    public ModuleCatalog(IEnumerable<ModuleDescriptor> modules)
    {
        Modules = [.. modules.OrderBy(m => m.Id, StringComparer.Ordinal)];
        var features = new Dictionary<string, FeatureDescriptor>(StringComparer.Ordinal);
        foreach (var feature in Modules.SelectMany(m => m.Features))
        {
            if (!features.TryAdd(feature.Id, feature))
            {
                throw new InvalidOperationException($"Feature '{feature.Id}' is declared twice.");
            }
        }

        foreach (var feature in features.Values)
        {
            foreach (var dependency in feature.Dependencies.Where(d => !features.ContainsKey(d)))
            {
                throw new InvalidOperationException($"Feature '{feature.Id}' depends on unknown feature '{dependency}'.");
            }
        }

        _features = features.ToFrozenDictionary(StringComparer.Ordinal);
        _byAssembly = Modules.ToFrozenDictionary(m => m.Assembly);
        OrderedFeatures = OrderByDependencies(_features.Values);
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    /// <summary>All features, each after its dependencies.</summary>
    public IReadOnlyList<FeatureDescriptor> OrderedFeatures { get; }

    public FeatureDescriptor? FindFeature(string id) => _features.GetValueOrDefault(id);

    public ModuleDescriptor? FindModule(Assembly assembly) => _byAssembly.GetValueOrDefault(assembly);

    /// <summary>The feature a type (startup, controller, navigation provider) belongs to, or null outside modules.</summary>
    /// <summary>The feature a type belongs to; asked for every menu provider on every page, so remembered per type.</summary>
    public FeatureDescriptor? FeatureOf(Type type) => _featureOfType.GetOrAdd(type, FindFeatureOf);

    private FeatureDescriptor? FindFeatureOf(Type type)
    {
        var explicitId = type.GetCustomAttribute<ForFeatureAttribute>()?.FeatureId;
        if (explicitId is not null)
        {
            return FindFeature(explicitId) ?? throw new InvalidOperationException($"{type.FullName} names unknown feature '{explicitId}'.");
        }

        return FindModule(type.Assembly)?.MainFeature;
    }

    /// <summary>The features that are always on where the scope allows.</summary>
    public IEnumerable<string> AlwaysEnabled(bool isHost) =>
        _features.Values.Where(f => f.AlwaysEnabled && f.AllowedIn(isHost)).Select(f => f.Id);

    /// <summary>Adds dependencies and always-on features, and drops unknown ids, so a stored set is always coherent.</summary>
    public IReadOnlySet<string> Normalize(IEnumerable<string> ids, bool isHost)
    {
        var known = ids.Where(_features.ContainsKey).Concat(AlwaysEnabled(isHost));
        return Closure(known).Where(id => _features[id].AllowedIn(isHost)).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Enables the features and their dependencies; refuses an unknown feature or one out of scope.</summary>
    public FeatureSetChange Enable(IReadOnlySet<string> current, IEnumerable<string> ids, bool isHost)
    {
        var requested = ids.ToList();
        foreach (var id in requested)
        {
            if (FindFeature(id) is not { } feature)
            {
                return FeatureSetChange.Refused(current, $"Unknown feature '{id}'.");
            }

            if (!feature.AllowedIn(isHost))
            {
                return FeatureSetChange.Refused(current, isHost
                    ? $"Feature '{id}' can only be enabled in a department tenant."
                    : $"Feature '{id}' is a host (province) feature and cannot be enabled in a department tenant.");
            }
        }

        var closure = Closure(requested).ToList();
        var outOfScope = closure.FirstOrDefault(id => !_features[id].AllowedIn(isHost));
        if (outOfScope is not null)
        {
            return FeatureSetChange.Refused(current, $"Feature '{requested[0]}' needs '{outOfScope}', which is not allowed here.");
        }

        var added = closure.Where(id => !current.Contains(id)).ToList();
        return new FeatureSetChange(current.Union(closure).ToFrozenSet(StringComparer.Ordinal), Order(added), [], null);
    }

    /// <summary>Disables the features and every enabled feature that depends on them; refuses always-on features.</summary>
    public FeatureSetChange Disable(IReadOnlySet<string> current, IEnumerable<string> ids)
    {
        var removing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (FindFeature(id) is not { } feature)
            {
                return FeatureSetChange.Refused(current, $"Unknown feature '{id}'.");
            }

            if (feature.AlwaysEnabled)
            {
                return FeatureSetChange.Refused(current, $"Feature '{id}' is always enabled.");
            }

            removing.Add(id);
        }

        // Dependents of a disabled feature go too, transitively.
        bool grew;
        do
        {
            grew = false;
            foreach (var id in current.Where(id => !removing.Contains(id) && _features.ContainsKey(id)))
            {
                if (_features[id].Dependencies.Any(removing.Contains))
                {
                    if (_features[id].AlwaysEnabled)
                    {
                        return FeatureSetChange.Refused(current, $"Feature '{id}' is always enabled and needs the features being disabled.");
                    }

                    removing.Add(id);
                    grew = true;
                }
            }
        }
        while (grew);

        var removed = current.Where(removing.Contains).ToList();
        return new FeatureSetChange(current.Except(removing).ToFrozenSet(StringComparer.Ordinal), [], Order(removed), null);
    }

    /// <summary>Orders feature ids so that each comes after its dependencies.</summary>
    public IReadOnlyList<string> Order(IEnumerable<string> ids)
    {
        var set = ids.ToHashSet(StringComparer.Ordinal);
        return [.. OrderedFeatures.Where(f => set.Contains(f.Id)).Select(f => f.Id)];
    }

    private HashSet<string> Closure(IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(ids);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (seen.Add(id))
            {
                foreach (var dependency in _features[id].Dependencies)
                {
                    stack.Push(dependency);
                }
            }
        }

        return seen;
    }

    private static List<FeatureDescriptor> OrderByDependencies(IEnumerable<FeatureDescriptor> features)
    {
        var byId = features.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var ordered = new List<FeatureDescriptor>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = visiting, true = done
        foreach (var feature in byId.Values.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            Visit(feature);
        }

        return ordered;

        void Visit(FeatureDescriptor feature)
        {
            if (state.TryGetValue(feature.Id, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Feature dependencies form a cycle through '{feature.Id}'.");
                }

                return;
            }

            state[feature.Id] = false;
            foreach (var dependency in feature.Dependencies)
            {
                Visit(byId[dependency]);
            }

            state[feature.Id] = true;
            ordered.Add(feature);
        }
    }
}
