using Intranet.Core.Accounts;

namespace Intranet.Mail.Tests;

/// <summary>Accounts as the Users module would announce them.</summary>
public static class Accounts
{
    public static AccountInfo Person(string fullName, string tenant, string? email = null, bool twoFactor = false) =>
        new(Guid.NewGuid().ToString("N"), email ?? Guid.NewGuid().ToString("N")[..8] + "@dang-nhap.test", fullName, tenant, true, twoFactor);
}
