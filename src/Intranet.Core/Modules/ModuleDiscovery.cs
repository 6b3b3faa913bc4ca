using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Intranet.Core.Modules;

/// <summary>
/// Finds module assemblies: every library the application depends on that carries a
/// <see cref="ModuleAttribute"/>. The host references modules as projects but never names one in code.
/// </summary>
public static class ModuleDiscovery
{
    public static ModuleCatalog Discover(Assembly entryAssembly)
    {
        var context = DependencyContext.Load(entryAssembly) ?? DependencyContext.Default;
        var candidates = new List<Assembly>();
        if (context is not null)
        {
            foreach (var library in context.RuntimeLibraries)
            {
                if (!library.Name.StartsWith("Intranet.", StringComparison.Ordinal) || library.Name == "Intranet.Core")
                {
                    continue;
                }

                try
                {
                    candidates.Add(Assembly.Load(new AssemblyName(library.Name)));
                }
                catch (FileNotFoundException)
                {
                    // A test or bench project lists libraries it does not ship; skip those.
                }
            }
        }

        return FromAssemblies(candidates);
    }

    public static ModuleCatalog FromAssemblies(IEnumerable<Assembly> assemblies)
    {
        var modules = new List<ModuleDescriptor>();
        foreach (var assembly in assemblies.Distinct())
        {
            if (assembly.GetCustomAttribute<ModuleAttribute>() is not { } moduleAttribute)
            {
                continue;
            }

            var module = new ModuleDescriptor(moduleAttribute, assembly);
            var features = assembly.GetCustomAttributes<FeatureAttribute>()
                .Select(f => new FeatureDescriptor(f.Id, f.Name, f.Description, f.Dependencies, f.Scope, f.AlwaysEnabled, f.Category, module))
                .ToList();
            if (features.Count == 0)
            {
                features.Add(new FeatureDescriptor(module.Id, module.Name, module.Description, [], FeatureScope.Any, false, module.Category, module));
            }

            module.Features = features;
            modules.Add(module);
        }

        return new ModuleCatalog(modules);
    }

    /// <summary>The startups of a module assembly, each with the feature it belongs to.</summary>
    public static IEnumerable<(FeatureDescriptor Feature, Type StartupType)> Startups(ModuleCatalog catalog)
    {
        foreach (var module in catalog.Modules)
        {
            foreach (var type in module.Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(StartupBase)) && !t.IsAbstract))
            {
                yield return (catalog.FeatureOf(type)!, type);
            }
        }
    }
}
