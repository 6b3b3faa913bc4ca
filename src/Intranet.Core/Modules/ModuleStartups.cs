namespace Intranet.Core.Modules;

/// <summary>The instantiated startups, each with its feature, in dependency order.</summary>
public sealed class ModuleStartups
{
    public ModuleStartups(IReadOnlyList<(FeatureDescriptor Feature, StartupBase Startup)> startups) => Startups = startups;

    public IReadOnlyList<(FeatureDescriptor Feature, StartupBase Startup)> Startups { get; }
}
