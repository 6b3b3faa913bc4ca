using Intranet.Core.Modules;
using Intranet.Core.Web;
using Intranet.Hr.Rules;
using Intranet.Hr.Services.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>The calculator API in a department (<c>/{tenant}/api/hr/rules/…</c>).</summary>
[ForFeature(HrFeatures.Department)]
[HostLevel(false)]
[NoStore]
[Route("api/hr/rules")]
public sealed class HrRulesApiController : HrRulesApiControllerBase
{
    public HrRulesApiController(IAuthorizationService authorization, ICodeLists codeLists)
        : base(authorization, codeLists)
    {
    }
}
