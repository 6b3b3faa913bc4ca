using Intranet.Hr.Models;
using Intranet.Hr.Services.Transfers;

namespace Intranet.Hr.ViewModels.Transfers;

/// <summary>Turns the API body or the page's form into a request, naming the missing field in Vietnamese.</summary>
public static class TransferBodies
{
    public static TransferRequest ToRequest(TransferBody body)
    {
        var kind = body.Kind?.Trim().ToLowerInvariant() switch
        {
            null or "" or "transfer" => MovementKind.Transfer,
            "rotation" => MovementKind.Rotation,
            _ => throw new TransferException(400, "Hình thức phải là 'transfer' (điều động) hoặc 'rotation' (luân chuyển).", "kind"),
        };
        if (string.IsNullOrWhiteSpace(body.FromTenant))
        {
            throw new TransferException(400, "Chưa chọn đơn vị đi.", "fromTenant");
        }

        if (string.IsNullOrWhiteSpace(body.ToTenant))
        {
            throw new TransferException(400, "Chưa chọn đơn vị đến.", "toTenant");
        }

        if (body.EffectiveOn is not { } effectiveOn)
        {
            throw new TransferException(400, "Chưa có ngày hiệu lực (yyyy-MM-dd).", "effectiveOn");
        }

        if (body.Roles is { Count: > 10 } || body.Roles?.Any(r => r is null || r.Length > 64) == true)
        {
            throw new TransferException(400, "Danh sách vai trò không hợp lệ.", "roles");
        }

        return new TransferRequest(body.FromTenant.Trim(), body.ToTenant.Trim(), body.PersonalId?.Trim() ?? "", effectiveOn, kind,
            string.IsNullOrWhiteSpace(body.ToUnitId) ? null : body.ToUnitId.Trim(), body.JobPosition, body.Post,
            new Decision { Number = body.DecisionNumber?.Trim(), SignedOn = body.DecisionSignedOn, Signer = body.DecisionSigner?.Trim() },
            body.Roles);
    }
}
