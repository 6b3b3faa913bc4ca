using MimeKit;

namespace Intranet.Users.Tests;

/// <summary>The notification emails the host wrote to its pickup folder (no SMTP in tests).</summary>
internal static class Emails
{
    public static async Task<List<MimeMessage>> ToAsync(UsersFactory factory, string address, string tenant = "Default")
    {
        var folder = Path.Combine(factory.AppData, "Sites", tenant, "Emails");
        var found = new List<MimeMessage>();
        foreach (var file in System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*.eml") : [])
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(message);
            }
        }

        return found;
    }

    public static async Task<MimeMessage> WaitForAsync(UsersFactory factory, string address, string tenant = "Default")
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await ToAsync(factory, address, tenant)) is { Count: > 0 } found)
            {
                return found[0];
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("no email to " + address);
    }
}
