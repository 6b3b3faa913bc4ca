using Intranet.Core.Modules;
using Intranet.Core.Security;
using Intranet.Core.Themes;
using Intranet.Core.Web;
using Intranet.Tenants.Models;
using Intranet.Tenants.Services;
using Intranet.Tenants.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Tenants.Controllers;

/// <summary>The province's department administration: list, create (with progress), edit, features, disable/enable, export, remove.</summary>
[Admin]
[Authorize]
[Route("admin/tenants")]
public sealed class TenantsAdminController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly TenantManager _manager;
    private readonly FeatureManager _features;
    private readonly TenantStore _store;
    private readonly RecipeCatalog _recipes;
    private readonly ModuleCatalog _catalog;
    private readonly ThemeCatalog _themes;

    public TenantsAdminController(IAuthorizationService authorization, TenantManager manager, FeatureManager features, TenantStore store, RecipeCatalog recipes, ModuleCatalog catalog, ThemeCatalog themes)
    {
        _authorization = authorization;
        _manager = manager;
        _features = features;
        _store = store;
        _recipes = recipes;
        _catalog = catalog;
        _themes = themes;
    }

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? sort, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        var query = new TenantQuery(q, sort is not null && TenantQuery.SortKeys.Contains(sort.TrimStart('-')) ? sort : "name", page, 25);
        var model = new TenantListViewModel(await _store.QueryAsync(query, cancellationToken), query);
        return IsHtmx ? PartialView("_List", model) : View(model);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        return View(await WithChoicesAsync(new TenantFormViewModel { Recipe = "department" }, cancellationToken));
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(TenantFormViewModel form, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        try
        {
            var variables = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!string.IsNullOrWhiteSpace(form.AdminEmail))
            {
                variables["adminEmail"] = form.AdminEmail.Trim();
            }

            var request = new TenantRequest(form.Name ?? "", form.DisplayName ?? "", form.Prefix, form.HostList(), form.Description);
            var tenant = await _manager.CreateAsync(request, form.Recipe ?? "department", variables, cancellationToken);
            TempData["Flash.Success"] = "Đã tạo và khởi tạo đơn vị.";
            return Done($"~/admin/tenants?q={Uri.EscapeDataString(tenant.Name)}");
        }
        catch (TenantOperationException ex) when (ex.Status < 500)
        {
            form.Errors.Add(ex.Message);
            Response.StatusCode = ex.Status;
            await WithChoicesAsync(form, cancellationToken);
            return IsHtmx ? PartialView("_CreateForm", form) : View(form);
        }
    }

    [HttpGet("{name}/edit")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (Find(name) is not { } tenant)
        {
            return NotFound();
        }

        var form = new TenantFormViewModel
        {
            Name = tenant.Name,
            DisplayName = tenant.DisplayName,
            Prefix = tenant.RequestUrlPrefix,
            Hosts = string.Join('\n', tenant.RequestUrlHosts),
            Theme = tenant.Theme,
            Description = tenant.Description,
            IsHost = tenant.IsHost,
        };
        return View(await WithChoicesAsync(form, cancellationToken));
    }

    [HttpPost("{name}/edit")]
    public async Task<IActionResult> Edit(string name, TenantFormViewModel form, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (Find(name) is not { } tenant)
        {
            return NotFound();
        }

        try
        {
            await _manager.UpdateAsync(name, new TenantRequest(name, form.DisplayName ?? "", form.Prefix, form.HostList(), form.Description), form.Theme, cancellationToken);
            TempData["Flash.Success"] = "Đã lưu thông tin đơn vị.";
            return Redirect($"~/admin/tenants?q={Uri.EscapeDataString(name)}");
        }
        catch (TenantOperationException ex) when (ex.Status < 500)
        {
            form.Name = name;
            form.IsHost = tenant.IsHost;
            form.Errors.Add(ex.Message);
            Response.StatusCode = ex.Status;
            return View(await WithChoicesAsync(form, cancellationToken));
        }
    }

    [HttpGet("{name}/features")]
    public async Task<IActionResult> Features(string name)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        return Find(name) is { } tenant ? View(FeaturesModel(tenant)) : NotFound();
    }

    [HttpPost("{name}/features/{verb:regex(^(enable|disable)$)}")]
    public async Task<IActionResult> ChangeFeature(string name, string verb, string id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (Find(name) is not { } tenant)
        {
            return NotFound();
        }

        var (change, _) = verb == "enable"
            ? await _features.EnableAsync(tenant, [id ?? ""], cancellationToken)
            : await _features.DisableAsync(tenant, [id ?? ""], cancellationToken);
        if (change.Succeeded)
        {
            TempData["Flash.Success"] = verb == "enable" ? "Đã bật tính năng." : "Đã tắt tính năng.";
        }
        else
        {
            TempData["Flash.Error"] = change.Error;
        }

        return Redirect($"~/admin/tenants/{name}/features");
    }

    [HttpPost("{name}/{verb:regex(^(disable|enable)$)}")]
    public async Task<IActionResult> ChangeState(string name, string verb, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        try
        {
            _ = verb == "disable" ? await _manager.DisableAsync(name, cancellationToken) : await _manager.EnableAsync(name, cancellationToken);
            TempData["Flash.Success"] = verb == "disable" ? "Đã tạm dừng đơn vị." : "Đã bật lại đơn vị.";
        }
        catch (TenantOperationException ex) when (ex.Status < 500)
        {
            TempData["Flash.Error"] = ex.Message;
        }

        return Redirect($"~/admin/tenants?q={Uri.EscapeDataString(name)}");
    }

    [HttpGet("{name}/export")]
    public async Task<IActionResult> Export(string name, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (Find(name) is null)
        {
            return NotFound();
        }

        var json = await _manager.ExportAsync(name, cancellationToken);
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"{name}.recipe.json");
    }

    [HttpGet("{name}/remove")]
    public async Task<IActionResult> Remove(string name)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        return Find(name) is { IsHost: false } tenant ? View(tenant) : NotFound();
    }

    [HttpPost("{name}/remove")]
    public async Task<IActionResult> RemoveConfirmed(string name, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        try
        {
            var archive = await _manager.RemoveAsync(name, cancellationToken);
            TempData["Flash.Success"] = "Đã xóa đơn vị; bản lưu trữ nằm trong App_Data/Archives.";
            TempData["Flash.Info"] = Path.GetFileName(archive);
            return Redirect("~/admin/tenants");
        }
        catch (TenantOperationException ex) when (ex.Status < 500)
        {
            TempData["Flash.Error"] = ex.Message;
            return Redirect($"~/admin/tenants/{name}/remove");
        }
    }

    private Task<bool> AllowedAsync() => _authorization.AuthorizeAsync(User, Permissions.ManageTenants);

    private Intranet.Core.Tenants.Tenant? Find(string name)
    {
        try
        {
            return _manager.Get(name);
        }
        catch (TenantOperationException)
        {
            return null;
        }
    }

    /// <summary>After an htmx form post the whole page moves on; a plain form post gets a redirect.</summary>
    private IActionResult Done(string url)
    {
        if (!IsHtmx)
        {
            return Redirect(url);
        }

        Response.Headers["HX-Redirect"] = Url.Content(url);
        return NoContent();
    }

    private TenantFeaturesViewModel FeaturesModel(Intranet.Core.Tenants.Tenant tenant) =>
        new(tenant, FeatureView.For(_catalog, tenant), _catalog.OrderedFeatures.ToDictionary(f => f.Id, f => f.Name, StringComparer.Ordinal));

    private async Task<TenantFormViewModel> WithChoicesAsync(TenantFormViewModel form, CancellationToken cancellationToken)
    {
        form.Recipes = await _recipes.DepartmentRecipesAsync(cancellationToken);
        form.Themes = [.. _themes.Themes.Where(t => !t.IsAdminTheme).Select(t => (t.Id, t.Name))];
        return form;
    }
}
