using Intranet.Core.Data;
using MimeKit;

namespace Intranet.Email.Services;

/// <summary>
/// Without SMTP, each message becomes an .eml file in App_Data/Sites/{tenant}/Emails, so development and tests
/// can read what would have been sent. Written to a temporary name and renamed, so a reader never sees half a file.
/// </summary>
public sealed class PickupFolderTransport : IEmailTransport
{
    public const string FolderName = "Emails";

    private readonly TenantPaths _paths;

    public PickupFolderTransport(TenantPaths paths) => _paths = paths;

    public string Name => "pickup";

    public string FolderFor(string tenantName) => Path.Combine(_paths.SiteFolder(tenantName), FolderName);

    public async Task DeliverAsync(MimeMessage message, string tenantName, CancellationToken cancellationToken)
    {
        var folder = FolderFor(tenantName);
        System.IO.Directory.CreateDirectory(folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(folder, name + ".tmp");
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, Path.Combine(folder, name + ".eml"));
    }
}
