using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Users.Models;

/// <summary>A civil servant's one login for the whole province. The login name is the official email address.</summary>
public sealed class Account : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>The department the person belongs to (a transfer changes it).</summary>
    public string HomeTenant { get; set; } = Tenant.DefaultName;

    /// <summary>A disabled account cannot sign in and loses its live sessions at once.</summary>
    public bool IsEnabled { get; set; } = true;

    public DateTime CreatedUtc { get; set; }

    public DateTime? PasswordChangedUtc { get; set; }

    /// <summary>Set for passwords someone else chose (an administrator, a recipe); the owner is asked to pick a new one.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime? LastSignInUtc { get; set; }

    /// <summary>The last TOTP time step accepted, so a code can be used only once (replay protection).</summary>
    public long? TotpLastTimeStep { get; set; }
}
