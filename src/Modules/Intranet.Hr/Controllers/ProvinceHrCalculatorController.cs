using Intranet.Core.Modules;
using Intranet.Hr.Rules;
using Intranet.Hr.Services.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>The calculator page at the host.</summary>
[ForFeature(HrFeatures.Province)]
[HostLevel(true)]
[Route("hr/calculator")]
public sealed class ProvinceHrCalculatorController : HrCalculatorControllerBase
{
    public ProvinceHrCalculatorController(IAuthorizationService authorization, ICodeLists codeLists, TimeProvider clock)
        : base(authorization, codeLists, clock)
    {
    }
}
