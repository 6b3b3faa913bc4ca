using System.Text;
using Intranet.Core.Modules;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Tenants.Models;
using Intranet.Tenants.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Tenants.Controllers;

/// <summary>
/// The tenants JSON API, for the province's scripts (bearer tokens). A call made with the session cookie must carry
/// the antiforgery token (Core's <c>CookieAntiforgeryMiddleware</c>); every action needs <c>ManageTenants</c> in the
/// host — the feature is host-only, so a department answers 404.
/// </summary>
[Authorize]
[IgnoreAntiforgeryToken]
[Route("api/tenants")]
public sealed class TenantsApiController : ControllerBase
{
    private readonly IAuthorizationService _authorization;
    private readonly TenantManager _manager;
    private readonly FeatureManager _features;
    private readonly TenantStore _store;
    private readonly ModuleCatalog _catalog;

    public TenantsApiController(IAuthorizationService authorization, TenantManager manager, FeatureManager features, TenantStore store, ModuleCatalog catalog)
    {
        _authorization = authorization;
        _manager = manager;
        _features = features;
        _store = store;
        _catalog = catalog;
    }

    [HttpGet("")]
    public Task<IActionResult> List(string? q, string? sort, int page = 1, int pageSize = 25) => Run(async () =>
    {
        if (sort is not null && !TenantQuery.SortKeys.Contains(sort.TrimStart('-')))
        {
            throw TenantOperationException.Invalid($"Không sắp xếp được theo '{sort}'. Dùng: {string.Join(", ", TenantQuery.SortKeys)} (thêm '-' phía trước để giảm dần).");
        }

        var result = await _store.QueryAsync(new TenantQuery(q, sort, page, pageSize), HttpContext.RequestAborted);
        return Ok(new { items = result.Items.Select(TenantView.From), total = result.Total, page = result.Page, pageSize = result.PageSize });
    });

    [ProducesResponseType(StatusCodes.Status201Created)]
    [HttpPost("")]
    public Task<IActionResult> Create([FromBody] CreateTenantInput? input) => Run(async () =>
    {
        if (input is null || !ModelState.IsValid)
        {
            throw TenantOperationException.Invalid(BodyError("{ name, displayName, prefix, hosts, recipe, variables }"));
        }

        var request = new TenantRequest(input.Name ?? "", input.DisplayName ?? "", input.Prefix, input.Hosts ?? [], input.Description);
        var tenant = await _manager.CreateAsync(request, input.Recipe ?? "department", input.Variables, HttpContext.RequestAborted);
        return Created($"{Request.PathBase}/api/tenants/{tenant.Name}", TenantView.From(tenant));
    });

    /// <summary>The body is a recipe (an export); <paramref name="name"/>, <paramref name="prefix"/> and <paramref name="displayName"/> give the copy its identity.</summary>
    [ProducesResponseType(StatusCodes.Status201Created)]
    [HttpPost("import")]
    [Consumes("application/json")]
    public Task<IActionResult> Import(string? name, string? prefix, string? displayName) => Run(async () =>
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        var overrides = name is null && prefix is null && displayName is null ? null : new TenantRequest(name ?? "", displayName ?? "", prefix, []);
        var tenant = await _manager.ImportAsync(json, overrides, HttpContext.RequestAborted);
        return Created($"{Request.PathBase}/api/tenants/{tenant.Name}", TenantView.From(tenant));
    });

    [HttpGet("{name}")]
    public Task<IActionResult> Get(string name) => Run(() => Task.FromResult<IActionResult>(Ok(TenantView.From(_manager.Get(name)))));

    [HttpPut("{name}")]
    public Task<IActionResult> Update(string name, [FromBody] UpdateTenantInput? input) => Run(async () =>
    {
        if (input is null || !ModelState.IsValid)
        {
            throw TenantOperationException.Invalid(BodyError("{ displayName, prefix, hosts, theme, description }"));
        }

        var current = _manager.Get(name);
        var changes = new TenantRequest(
            current.Name,
            input.DisplayName ?? current.DisplayName,
            input.Prefix ?? current.RequestUrlPrefix,
            input.Hosts ?? [.. current.RequestUrlHosts],
            input.Description ?? current.Description);
        return Ok(TenantView.From(await _manager.UpdateAsync(name, changes, input.Theme, HttpContext.RequestAborted)));
    });

    [HttpPost("{name}/disable")]
    public Task<IActionResult> Disable(string name) => Run(async () => Ok(TenantView.From(await _manager.DisableAsync(name, HttpContext.RequestAborted))));

    [HttpPost("{name}/enable")]
    public Task<IActionResult> Enable(string name) => Run(async () => Ok(TenantView.From(await _manager.EnableAsync(name, HttpContext.RequestAborted))));

    [HttpGet("{name}/export")]
    public Task<IActionResult> Export(string name) => Run(async () =>
    {
        var json = await _manager.ExportAsync(name, HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"{name}.recipe.json");
    });

    [ProducesResponseType(StatusCodes.Status200OK)]
    [HttpDelete("{name}")]
    public Task<IActionResult> Remove(string name) => Run(async () =>
    {
        var archive = await _manager.RemoveAsync(name, HttpContext.RequestAborted);
        return Ok(new { name, removed = true, archive = Path.GetFileName(archive) });
    });

    [HttpGet("{name}/features")]
    public Task<IActionResult> Features(string name) => Run(() => Task.FromResult<IActionResult>(Ok(FeatureView.For(_catalog, _manager.Get(name)))));

    [HttpPost("{name}/features")]
    public Task<IActionResult> ChangeFeatures(string name, [FromBody] FeatureChangeInput? input) => Run(async () =>
    {
        if (input is null || !ModelState.IsValid)
        {
            throw TenantOperationException.Invalid(BodyError("{ enable: [...], disable: [...] }"));
        }

        var tenant = _manager.Get(name);
        var enabled = new List<string>();
        var disabled = new List<string>();

        // Check both lists before changing anything, so a refused request changes nothing.
        if ((FeatureRules.CheckEnable(_catalog, input.Enable ?? [], tenant.IsHost, tenant.DisplayName) ?? FeatureRules.CheckDisable(_catalog, input.Disable ?? [])) is { } error)
        {
            throw TenantOperationException.Invalid(error);
        }

        if (input.Enable is { Count: > 0 })
        {
            var (change, updated) = await _features.EnableAsync(tenant, input.Enable, HttpContext.RequestAborted);
            tenant = change.Succeeded ? updated : throw TenantOperationException.Invalid(change.Error!);
            enabled.AddRange(change.Enabled);
        }

        if (input.Disable is { Count: > 0 })
        {
            var (change, updated) = await _features.DisableAsync(tenant, input.Disable, HttpContext.RequestAborted);
            tenant = change.Succeeded ? updated : throw TenantOperationException.Invalid(change.Error!);
            disabled.AddRange(change.Disabled);
        }

        return Ok(new { name = tenant.Name, enabled, disabled, features = tenant.EnabledFeatures.Order(StringComparer.Ordinal) });
    });

    /// <summary>Checks the permission, runs the action, and turns refusals into problem+json with a Vietnamese detail.</summary>
    private async Task<IActionResult> Run(Func<Task<IActionResult>> action)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageTenants))
        {
            return Problem(403, "Bạn không có quyền quản lý đơn vị (ManageTenants) ở cấp tỉnh.");
        }

        try
        {
            return await action();
        }
        catch (TenantOperationException ex) when (ex.Status < 500)
        {
            return Problem(ex.Status, ex.Message);
        }
    }

    private string BodyError(string shape)
    {
        var detail = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.Exception?.Message ?? e.ErrorMessage).FirstOrDefault(m => !string.IsNullOrEmpty(m));
        return $"Nội dung yêu cầu phải là JSON dạng {shape}." + (detail is null ? "" : $" Chi tiết: {detail}");
    }

    private ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
