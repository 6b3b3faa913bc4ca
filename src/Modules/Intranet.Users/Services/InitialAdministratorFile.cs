using Intranet.Core.Data;

namespace Intranet.Users.Services;

/// <summary>
/// App_Data/initial-admin.txt: the generated first password, readable only by the service account (0600), and
/// deleted as soon as that password is changed.
/// </summary>
public sealed class InitialAdministratorFile
{
    public const string FileName = "initial-admin.txt";

    private readonly TenantPaths _paths;

    public InitialAdministratorFile(TenantPaths paths) => _paths = paths;

    public string PathName => Path.Combine(_paths.AppData, FileName);

    public void Write(string email, string password)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(PathName, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
        {
            writer.Write($"email={email}\npassword={password}\n");
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies only to new files; an old file keeps its mode unless set.
            File.SetUnixFileMode(PathName, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public void DeleteIfFor(string? email)
    {
        if (email is null || !File.Exists(PathName))
        {
            return;
        }

        var line = File.ReadLines(PathName).FirstOrDefault(l => l.StartsWith("email=", StringComparison.Ordinal));
        if (line is not null && string.Equals(line["email=".Length..].Trim(), email, StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(PathName);
        }
    }
}
