namespace Intranet.Site.Services;

public enum SiteAccessResult
{
    Allowed,

    /// <summary>Anonymous: redirect to the sign-in page.</summary>
    SignIn,

    /// <summary>Signed in but not a member of the department: 403.</summary>
    Forbidden,
}
