using System.Collections.Concurrent;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Intranet.Core.Web.OpenApi;

/// <summary>
/// Serves the document, generated once per tenant version and kept: generating it walks every API action
/// (0.2–0.5 s on a busy machine), too much to do for every anonymous request. The route table is fixed once the
/// app runs; a tenant's new version (prefix, host names, display name) makes a new entry.
/// </summary>
internal sealed class ApiDocumentEndpoint
{
    /// <summary>Enough for the tenants being read at one time; past it the cache starts again (≈200 KB an entry).</summary>
    private const int MaxEntries = 32;

    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _documents = new(StringComparer.Ordinal);

    public async Task WriteAsync(HttpContext context, string documentName)
    {
        var services = context.RequestServices;
        var provider = services.GetKeyedService<IOpenApiDocumentProvider>(documentName);
        if (provider is null || documentName != ApiRoutes.DocumentName)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var tenant = services.GetRequiredService<ITenantAccessor>().Current ?? services.GetRequiredService<IHostTenantProvider>().Host;
        if (_documents.Count > MaxEntries)
        {
            _documents.Clear();
        }

        var key = documentName + "/" + tenant.Name + "/" + tenant.VersionId;
        var entry = _documents.GetOrAdd(key, _ => new Lazy<Task<byte[]>>(() => GenerateAsync(provider)));
        byte[] bytes;
        try
        {
            bytes = await entry.Value.WaitAsync(context.RequestAborted);
        }
        catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            _documents.TryRemove(key, out _); // a failed generation is not kept; the error handler answers this request
            throw;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>Runs in the requesting tenant's context (the transformers read it), not cancelled by one caller leaving.</summary>
    private static async Task<byte[]> GenerateAsync(IOpenApiDocumentProvider provider)
    {
        var document = await provider.GetOpenApiDocumentAsync(CancellationToken.None);
        using var stream = new MemoryStream();
        await document.SerializeAsJsonAsync(stream, OpenApiSpecVersion.OpenApi3_1, CancellationToken.None);
        return stream.ToArray();
    }
}
