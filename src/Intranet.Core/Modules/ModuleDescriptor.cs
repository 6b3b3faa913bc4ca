using System.Reflection;

namespace Intranet.Core.Modules;

/// <summary>A module as discovered from its assembly.</summary>
public sealed class ModuleDescriptor
{
    public ModuleDescriptor(ModuleAttribute attribute, Assembly assembly)
    {
        Id = attribute.Id;
        Name = attribute.Name;
        Description = attribute.Description;
        Category = attribute.Category;
        Assembly = assembly;
    }

    public string Id { get; }

    public string Name { get; }

    public string Description { get; }

    public string Category { get; }

    public Assembly Assembly { get; }

    public IReadOnlyList<FeatureDescriptor> Features { get; internal set; } = [];

    /// <summary>The feature a startup or controller without an explicit feature belongs to.</summary>
    public FeatureDescriptor MainFeature =>
        Features.FirstOrDefault(f => f.Id == Id) ?? Features[0];
}
