namespace Intranet.Core.Security;

/// <summary>A named right a module declares; granted to roles per tenant.</summary>
public sealed record Permission(string Name, string Description, bool IsSecuritySensitive = false)
{
    public override string ToString() => Name;
}
