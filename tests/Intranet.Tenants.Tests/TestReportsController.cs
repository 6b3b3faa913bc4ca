using Intranet.Core.Navigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Tenants.Tests;

/// <summary>A page of the test feature <see cref="TestFeatures.Reports"/>: answers in tenants where it is on, 404 elsewhere.</summary>
[AllowAnonymous]
[Route("test-reports")]
public sealed class TestReportsController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => Content("báo cáo");
}

/// <summary>The test feature's menu entry.</summary>
public sealed class TestReportsMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Site)
        {
            items.Add(new MenuItem("Báo cáo", "~/test-reports"));
        }
    }
}
