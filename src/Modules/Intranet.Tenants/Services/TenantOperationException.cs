namespace Intranet.Tenants.Services;

/// <summary>A tenant operation refused for a reason the caller can fix; <see cref="Status"/> is the HTTP status it maps to (400, 404, 409).</summary>
public sealed class TenantOperationException : Exception
{
    public TenantOperationException(int status, string message, Exception? inner = null)
        : base(message, inner) => Status = status;

    public int Status { get; }

    public static TenantOperationException NotFound(string name) => new(404, $"Không có đơn vị '{name}'.");

    public static TenantOperationException Invalid(string message) => new(400, message);

    public static TenantOperationException Conflict(string message) => new(409, message);
}
