namespace Intranet.Security.Tests;

/// <summary>Who may get a 2xx from an endpoint. Anything not in <see cref="AccessClassification"/> is <see cref="Permission"/>.</summary>
public enum Access
{
    /// <summary>Needs a permission beyond membership in the request's tenant (the generic rule).</summary>
    Permission,

    /// <summary>Any member of the request's tenant reads it; anonymous readers are sent to sign in.</summary>
    Member,

    /// <summary>Public on the host (the province portal), <see cref="Member"/> under a department prefix.</summary>
    PublicOnHost,

    /// <summary>Any signed-in account, whatever its department: its own data, or province-wide by design.</summary>
    SignedIn,

    /// <summary>Anyone, anonymous included.</summary>
    Public,
}
