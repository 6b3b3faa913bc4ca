namespace Intranet.Core.Navigation;

public static class Menus
{
    /// <summary>The administration side bar.</summary>
    public const string Admin = "admin";

    /// <summary>The department site's top navigation.</summary>
    public const string Site = "site";
}
