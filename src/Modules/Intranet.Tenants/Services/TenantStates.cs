using Intranet.Core.Tenants;

namespace Intranet.Tenants.Services;

public static class TenantStates
{
    /// <summary>The state as the UI and API messages say it.</summary>
    public static string Vietnamese(TenantState state) => state switch
    {
        TenantState.Uninitialized => "chưa khởi tạo",
        TenantState.Initializing => "đang khởi tạo",
        TenantState.Running => "đang hoạt động",
        TenantState.Disabled => "tạm dừng",
        TenantState.Removed => "đã xóa",
        _ => state.ToString(),
    };
}
