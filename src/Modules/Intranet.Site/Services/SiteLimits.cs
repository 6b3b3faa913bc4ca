namespace Intranet.Site.Services;

/// <summary>Field lengths, shared by the schema, the forms and the recipe steps.</summary>
public static class SiteLimits
{
    public const int Title = 200;
    public const int Slug = 100;
    public const int Summary = 500;
    public const int Body = 100_000;
    public const int Description = 1000;
    public const int LinkText = 100;
    public const int Url = 500;
    public const int QuickLinks = 20;
}
