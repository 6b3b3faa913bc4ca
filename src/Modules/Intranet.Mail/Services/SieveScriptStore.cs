using System.Text;
using Intranet.Mail.Data;

namespace Intranet.Mail.Services;

/// <summary>
/// The administrator's auto-reply for a departed person, as a Sieve script Dovecot runs before any personal
/// script (sieve_before = {dir}/%d/%n.sieve): answer once a day per sender, keep nothing, stop.
/// </summary>
public sealed class SieveScriptStore
{
    private readonly MailDatabase _database;

    public SieveScriptStore(MailDatabase database) => _database = database;

    public string PathFor(string email) =>
        Path.Combine(_database.SieveAdminPath, MailAddress.DomainOf(email), MailAddress.LocalPartOf(email) + ".sieve");

    public async Task WriteAutoReplyAsync(string email, string subject, string text, CancellationToken cancellationToken)
    {
        var script = new StringBuilder()
            .Append("require [\"vacation\"];\n")
            .Append("# Written by the intranet: auto-reply set by an administrator after the owner left.\n")
            .Append("vacation :days 1 :subject ").Append(Quote(subject)).Append(' ').Append(Quote(text)).Append(";\n")
            .Append("discard;\nstop;\n")
            .ToString();
        var path = PathFor(email);
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            if (!OperatingSystem.IsWindows())
            {
                // Group mailsql (inherited from the setgid parent) may write, so Dovecot can save the compiled .svbin.
                File.SetUnixFileMode(folder, UnixFileMode.SetGroup | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute);
            }
        }
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, script, new UTF8Encoding(false), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public void Remove(string email)
    {
        var path = PathFor(email);
        foreach (var file in new[] { path, Path.ChangeExtension(path, ".svbin") })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>A Sieve quoted string: backslash and double quote escaped (RFC 5228 §2.4.2).</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
