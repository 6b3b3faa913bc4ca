namespace Intranet.Core.Modules;

/// <summary>
/// Binds a startup, controller or navigation provider to one feature of its module. Without it, the type
/// belongs to the module's main feature (the feature whose id equals the module id, or the first declared).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ForFeatureAttribute : Attribute
{
    public ForFeatureAttribute(string featureId) => FeatureId = featureId;

    public string FeatureId { get; }
}
