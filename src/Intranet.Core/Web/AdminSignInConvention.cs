using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Intranet.Core.Web;

/// <summary>
/// Administration ([Admin]) is for signed-in people only: its endpoints carry [Authorize], so an anonymous visitor is
/// sent to the sign-in page (with a return URL) before the action runs, whatever the action answers otherwise.
/// </summary>
internal sealed class AdminSignInConvention : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var adminController = controller.Attributes.OfType<AdminAttribute>().Any();
        foreach (var action in controller.Actions)
        {
            var admin = adminController || action.Attributes.OfType<AdminAttribute>().Any();
            var anonymous = controller.Attributes.OfType<IAllowAnonymous>().Any() || action.Attributes.OfType<IAllowAnonymous>().Any();
            if (!admin || anonymous)
            {
                continue;
            }

            foreach (var selector in action.Selectors)
            {
                selector.EndpointMetadata.Add(new AuthorizeAttribute());
            }
        }
    }
}
