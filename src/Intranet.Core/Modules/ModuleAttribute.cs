namespace Intranet.Core.Modules;

/// <summary>Marks an assembly as an Intranet module. Declared once, in the module's Manifest.cs.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public ModuleAttribute(string id, string name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; }

    public string Name { get; }

    public string Description { get; set; } = "";

    public string Category { get; set; } = "";
}
