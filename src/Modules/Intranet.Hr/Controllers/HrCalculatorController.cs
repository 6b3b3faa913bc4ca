using Intranet.Core.Modules;
using Intranet.Hr.Rules;
using Intranet.Hr.Services.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>The calculator page in a department.</summary>
[ForFeature(HrFeatures.Department)]
[HostLevel(false)]
[Route("hr/calculator")]
public sealed class HrCalculatorController : HrCalculatorControllerBase
{
    public HrCalculatorController(IAuthorizationService authorization, ICodeLists codeLists, TimeProvider clock)
        : base(authorization, codeLists, clock)
    {
    }
}
