namespace Intranet.Core.Modules;

/// <summary>A feature as discovered from a module's Manifest.</summary>
public sealed record FeatureDescriptor(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string> Dependencies,
    FeatureScope Scope,
    bool AlwaysEnabled,
    string Category,
    ModuleDescriptor Module)
{
    public bool AllowedIn(bool isHost) => Scope switch
    {
        FeatureScope.Host => isHost,
        FeatureScope.Tenant => !isHost,
        _ => true,
    };
}
