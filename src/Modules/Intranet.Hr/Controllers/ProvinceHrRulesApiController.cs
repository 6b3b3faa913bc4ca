using Intranet.Core.Modules;
using Intranet.Core.Web;
using Intranet.Hr.Rules;
using Intranet.Hr.Services.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>The calculator API at the host (<c>/api/hr/rules/…</c>).</summary>
[ForFeature(HrFeatures.Province)]
[HostLevel(true)]
[NoStore]
[Route("api/hr/rules")]
public sealed class ProvinceHrRulesApiController : HrRulesApiControllerBase
{
    public ProvinceHrRulesApiController(IAuthorizationService authorization, ICodeLists codeLists)
        : base(authorization, codeLists)
    {
    }
}
