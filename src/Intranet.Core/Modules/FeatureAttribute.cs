namespace Intranet.Core.Modules;

/// <summary>Declares a feature of the module in its Manifest.cs.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FeatureAttribute : Attribute
{
    public FeatureAttribute(string id, string name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; }

    public string Name { get; }

    public string Description { get; set; } = "";

    /// <summary>Ids of the features this one needs; enabling it enables them.</summary>
    public string[] Dependencies { get; set; } = [];

    public FeatureScope Scope { get; set; } = FeatureScope.Any;

    /// <summary>An always-on feature is enabled in every tenant where its scope allows and cannot be disabled.</summary>
    public bool AlwaysEnabled { get; set; }

    public string Category { get; set; } = "";
}
