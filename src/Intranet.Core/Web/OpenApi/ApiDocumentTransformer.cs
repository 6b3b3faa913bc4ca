using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Intranet.Core.Web.OpenApi;

/// <summary>
/// Title, version, description and the one server: the requesting tenant's public address from
/// <see cref="IPublicUrls"/> (configuration, never the request's Host header, like every link that leaves the app).
/// </summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string Title = "Intranet API";

    private readonly IPublicUrls _urls;
    private readonly ITenantAccessor _tenants;
    private readonly IHostTenantProvider _host;

    public ApiDocumentTransformer(IPublicUrls urls, ITenantAccessor tenants, IHostTenantProvider host)
    {
        _urls = urls;
        _tenants = tenants;
        _host = host;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var tenant = _tenants.Current ?? _host.Host;
        document.Info = new OpenApiInfo
        {
            Title = Title,
            Version = context.DocumentName,
            Description =
                "API JSON của Intranet: mọi đường dẫn `/api/…` của mọi mô-đun. Mỗi đơn vị trả lời ở tiền tố của mình " +
                $"(`/so-tttt/api/…`); tài liệu này dành cho **{tenant.DisplayName}**. Lỗi trả về `application/problem+json` " +
                "với lý do bằng tiếng Việt. Script xác thực bằng mã truy cập (POST /api/auth/token).\n\n" +
                "The Intranet JSON API: every `/api/…` route of every module. Each department answers under its own prefix " +
                $"(`/so-tttt/api/…`); this document is for **{tenant.DisplayName}**. Errors are `application/problem+json` " +
                "with the reason in Vietnamese. Scripts authenticate with an access token (POST /api/auth/token).",
        };
        document.Servers = [new OpenApiServer { Url = _urls.BaseFor(tenant), Description = tenant.DisplayName }];
        ApiComponents.Ensure(document);
        return Task.CompletedTask;
    }
}
