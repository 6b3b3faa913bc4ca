using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Intranet.Core.Web.OpenApi;

/// <summary>
/// Makes every controller action routed under <c>api/</c> visible to the API explorer (and so to the OpenAPI
/// document), whether or not its controller carries [ApiController], and hides every other action: pages are not
/// API. An explicit <c>[ApiExplorerSettings(IgnoreApi = true)]</c> still hides an action.
/// </summary>
internal sealed class ApiExplorerConvention : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers)
        {
            var ignoredController = controller.Attributes.OfType<ApiExplorerSettingsAttribute>().Any(a => a.IgnoreApi);
            foreach (var action in controller.Actions)
            {
                var ignored = ignoredController || action.Attributes.OfType<ApiExplorerSettingsAttribute>().Any(a => a.IgnoreApi);
                action.ApiExplorer.IsVisible = !ignored && Templates(controller, action).Any(ApiRoutes.IsApi);
            }
        }
    }

    /// <summary>The action's full attribute-route templates (controller route + action route); none for conventional routes.</summary>
    private static IEnumerable<string?> Templates(ControllerModel controller, ActionModel action)
    {
        var controllerRoutes = controller.Selectors.Select(s => s.AttributeRouteModel).Where(r => r is not null).ToList();
        foreach (var selector in action.Selectors)
        {
            if (controllerRoutes.Count == 0 || selector.AttributeRouteModel?.IsAbsoluteTemplate == true)
            {
                yield return selector.AttributeRouteModel?.Template;
                continue;
            }

            foreach (var route in controllerRoutes)
            {
                yield return AttributeRouteModel.CombineAttributeRouteModel(route, selector.AttributeRouteModel)?.Template;
            }
        }
    }
}
