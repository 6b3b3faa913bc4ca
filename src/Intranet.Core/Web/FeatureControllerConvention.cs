using Intranet.Core.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Intranet.Core.Web;

/// <summary>Stamps every module controller's actions with the feature they belong to, for the feature gate.</summary>
internal sealed class FeatureControllerConvention : IControllerModelConvention
{
    private readonly ModuleCatalog _catalog;

    public FeatureControllerConvention(ModuleCatalog catalog) => _catalog = catalog;

    public void Apply(ControllerModel controller)
    {
        if (_catalog.FeatureOf(controller.ControllerType) is not { } feature)
        {
            return;
        }

        foreach (var selector in controller.Selectors)
        {
            selector.EndpointMetadata.Add(new FeatureMetadata(feature.Id));
        }

        foreach (var selector in controller.Actions.SelectMany(a => a.Selectors))
        {
            selector.EndpointMetadata.Add(new FeatureMetadata(feature.Id));
        }
    }
}
