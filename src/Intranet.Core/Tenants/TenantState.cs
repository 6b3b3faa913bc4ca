namespace Intranet.Core.Tenants;

/// <summary>Uninitialized → Initializing → Running ⇄ Disabled → Removed (removal only from Disabled).</summary>
public enum TenantState
{
    Uninitialized = 0,
    Initializing = 1,
    Running = 2,
    Disabled = 3,
    Removed = 4,
}
