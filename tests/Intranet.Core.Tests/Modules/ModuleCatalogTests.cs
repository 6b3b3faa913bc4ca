using System.Reflection;
using Intranet.Core.Modules;

namespace Intranet.Core.Tests.Modules;

public sealed class ModuleCatalogTests
{
    private static readonly ModuleCatalog Catalog = Build(
        F("Mail", scope: FeatureScope.Host),
        F("Directory"),
        F("Search"),
        F("Directory.OrgChart", "Directory"),
        F("Webmail", "Mail"),
        F("Learning", "Directory", "Search"),
        F("Audit", always: true));

    [Fact]
    public void Enable_AddsDependenciesTransitively()
    {
        var change = Catalog.Enable(Set(), ["Learning"], isHost: false);

        Assert.True(change.Succeeded);
        Assert.Equal(["Directory", "Learning", "Search"], change.Features.Order());
        Assert.Equal("Learning", change.Enabled[^1]); // dependencies come first, so their schema exists first
    }

    [Fact]
    public void Disable_RemovesDependentsTransitively()
    {
        var change = Catalog.Disable(Set("Directory", "Directory.OrgChart", "Search", "Learning"), ["Directory"]);

        Assert.True(change.Succeeded);
        Assert.Equal(["Search"], change.Features.Order());
        Assert.Contains("Learning", change.Disabled);
        Assert.Contains("Directory.OrgChart", change.Disabled);
    }

    [Fact]
    public void Enable_HostFeatureInDepartment_IsRefusedWithReason()
    {
        var change = Catalog.Enable(Set(), ["Webmail"], isHost: false);

        Assert.False(change.Succeeded);
        Assert.Contains("Mail", change.Error);
        Assert.Empty(change.Features);
    }

    [Fact]
    public void Enable_HostFeatureInHost_Succeeds()
    {
        Assert.True(Catalog.Enable(Set(), ["Webmail"], isHost: true).Succeeded);
    }

    [Fact]
    public void Disable_AlwaysEnabledFeature_IsRefused()
    {
        Assert.False(Catalog.Disable(Set("Audit"), ["Audit"]).Succeeded);
    }

    [Fact]
    public void Enable_UnknownFeature_IsRefused()
    {
        var change = Catalog.Enable(Set(), ["Nope"], isHost: false);
        Assert.False(change.Succeeded);
        Assert.Contains("Nope", change.Error);
    }

    [Fact]
    public void Normalize_AddsAlwaysOnAndDependencies_DropsUnknownAndOutOfScope()
    {
        var set = Catalog.Normalize(["Directory.OrgChart", "Unknown", "Mail"], isHost: false);
        Assert.Equal(["Audit", "Directory", "Directory.OrgChart"], set.Order());
    }

    [Fact]
    public void Catalog_WithDependencyCycle_FailsAtStart()
    {
        Assert.Throws<InvalidOperationException>(() => Build(F("A", "B"), F("B", "A")));
    }

    [Fact]
    public void Catalog_WithUnknownDependency_FailsAtStart()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Build(F("A", "Missing")));
        Assert.Contains("Missing", ex.Message);
    }

    private static HashSet<string> Set(params string[] ids) => new(ids, StringComparer.Ordinal);

    private static (string Id, string[] Deps, FeatureScope Scope, bool Always) F(string id, params string[] deps) => (id, deps, FeatureScope.Any, false);

    private static (string Id, string[] Deps, FeatureScope Scope, bool Always) F(string id, FeatureScope scope) => (id, [], scope, false);

    private static (string Id, string[] Deps, FeatureScope Scope, bool Always) F(string id, bool always) => (id, [], FeatureScope.Any, always);

    private static ModuleCatalog Build(params (string Id, string[] Deps, FeatureScope Scope, bool Always)[] features)
    {
        var module = new ModuleDescriptor(new ModuleAttribute("Test", "Test"), Assembly.GetExecutingAssembly());
        module.Features = [.. features.Select(f => new FeatureDescriptor(f.Id, f.Id, "", f.Deps, f.Scope, f.Always, "", module))];
        return new ModuleCatalog([module]);
    }
}
