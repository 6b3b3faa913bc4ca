using Intranet.Cluster.Data;
using Intranet.Cluster.Services;
using Intranet.Core.Cluster;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Cluster.Tests;

/// <summary>
/// An installation that kept its key ring in App_Data/DataProtection-Keys keeps what it protected (cookies, tokens,
/// protected settings) when it moves to the key ring in the host database: the keys are imported once.
/// </summary>
public sealed class KeyRingImportTests : IDisposable
{
    private const string Purpose = "Intranet.Cluster.Tests.OldCookie";
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "intranet-tests", "legacy-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KeysInTheOldFolder_AreImportedOnce_AndWhatTheyProtectedStillOpens()
    {
        // What the previous version did: the same application name, keys as files in App_Data.
        var legacyFolder = Path.Combine(_appData, KeyRingImport.LegacyFolder);
        var old = DataProtectionProvider.Create(new DirectoryInfo(legacyFolder), b => b.SetApplicationName(DataProtectionNames.ApplicationName));
        var issuedBefore = old.CreateProtector(Purpose).Protect("phiên đăng nhập cũ");
        var keyFiles = System.IO.Directory.GetFiles(legacyFolder, "*.xml").Length;
        Assert.True(keyFiles > 0);

        using (var first = new LegacyAppDataFactory(_appData))
        {
            var provider = first.Services.GetRequiredService<IDataProtectionProvider>();
            Assert.Equal("phiên đăng nhập cũ", provider.CreateProtector(Purpose).Unprotect(issuedBefore));
            Assert.False(System.IO.Directory.Exists(legacyFolder), "the old folder is renamed, so it is never read again");
            Assert.True(System.IO.Directory.Exists(Path.Combine(_appData, KeyRingImport.ImportedFolder)));
            Assert.Equal(keyFiles, await CountKeysAsync(first));
        }

        using var second = new LegacyAppDataFactory(_appData);
        Assert.Equal("phiên đăng nhập cũ", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(issuedBefore));
        Assert.Equal(keyFiles, await CountKeysAsync(second)); // not imported twice
    }

    private static async Task<int> CountKeysAsync(LegacyAppDataFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClusterDbContext>().DataProtectionKeys.CountAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(_appData, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on a slow shutdown: the OS temp cleaner takes it
        }
    }
}
