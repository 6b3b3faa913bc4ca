using Intranet.Core.Security;

namespace Intranet.AuditTrail;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "Xem và kiểm tra nhật ký kiểm toán", IsSecuritySensitive: true);

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [new PermissionStereotype(StandardRoles.Administrator, [ViewAuditTrail])];
}
