using System.Net;
using System.Net.Http.Json;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Users.Tests;

/// <summary>A first start without a configured password: a strong one is generated, kept in a 0600 file, and that file goes once the password is changed.</summary>
public sealed class InitialAdministratorTests : IClassFixture<InitialAdministratorTests.GeneratedPasswordFactory>
{
    private readonly GeneratedPasswordFactory _factory;

    public InitialAdministratorTests(GeneratedPasswordFactory factory) => _factory = factory;

    [Fact]
    public async Task GeneratedPassword_IsWrittenOwnerOnly_NeverLogged_IsTemporary_AndIsDeletedAfterChange()
    {
        _ = _factory.Server; // start the host
        var file = Path.Combine(_factory.AppData, "initial-admin.txt");
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        // Plain lines a script can read with grep/cut: no byte-order mark before "email=".
        Assert.Equal("email="u8.ToArray(), File.ReadAllBytes(file)[..6]);
        var lines = File.ReadAllLines(file).ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
        Assert.Equal(IntranetFactory.AdminEmail, lines["email"]);
        Assert.True(lines["password"].Length >= 16);

        // S15: logs outlive the file; the log says where the password is, never what it is.
        var log = _factory.Log.Lines.ToList();
        Assert.DoesNotContain(log, l => l.Contains(lines["password"], StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains("initial-admin.txt", StringComparison.Ordinal));

        // The password is right (a wrong one is a 401) but temporary: no token until it is changed (S9).
        using var client = _factory.CreateClient();
        var token = await client.PostAsJsonAsync("/api/auth/token", new { email = IntranetFactory.AdminEmail, password = lines["password"] });
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Contains("đổi mật khẩu", await token.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await _factory.ChangeAsync(IntranetFactory.AdminEmail, (m, a) => m.ChangePasswordAsync(a, lines["password"], "một-mật-khẩu-mới-thật-dài"));
        Assert.False(File.Exists(file));
    }

    public sealed class GeneratedPasswordFactory : UsersFactory
    {
        public CapturingLoggerProvider Log { get; } = new();

        protected override void ConfigureMore(IWebHostBuilder builder)
        {
            builder.UseSetting("Intranet:Setup:AdminPassword", "");
            builder.ConfigureLogging(logging => logging.AddProvider(Log));
        }
    }
}
