namespace Intranet.Core.Web;

/// <summary>Marks a controller or action as administration: it renders in the admin theme.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AdminAttribute : Attribute
{
}
