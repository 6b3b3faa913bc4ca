using Intranet.Users.Models;
using Intranet.Users.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Tests;

/// <summary>
/// The in-memory session state must never outlive a change saved through the Users database: the cache that
/// makes signed-in pages cheap is dropped by the save itself, so "disable" still ends sessions at once.
/// </summary>
public sealed class SessionCacheTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ManualClock _clock = new();
    private readonly SessionCache _cache;

    public SessionCacheTests()
    {
        _connection.Open();
        _cache = new SessionCache(_clock);
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    [Fact]
    public async Task SessionState_IsServedFromMemory_UntilTheAccountIsSaved()
    {
        var id = await AddAccountAsync();
        _clock.Advance(TimeSpan.FromSeconds(10)); // past the settling window of the creation
        var first = await FindAsync(id);
        Assert.True(first!.IsEnabled);

        // A change made behind the cache's back (raw SQL, another process) is not seen while cached…
        await using (var raw = _connection.CreateCommand())
        {
            raw.CommandText = "UPDATE Accounts SET FullName = 'Đổi ngoài' WHERE Id = $id";
            raw.Parameters.AddWithValue("$id", id);
            await raw.ExecuteNonQueryAsync();
        }

        Assert.Equal("Nguyễn Văn An", (await FindAsync(id))!.FullName);

        // …but a change saved through the context is seen by the very next read.
        await using (var db = NewContext())
        {
            var account = await db.Users.SingleAsync(a => a.Id == id);
            account.IsEnabled = false;
            account.SecurityStamp = Guid.NewGuid().ToString("N");
            await db.SaveChangesAsync();
        }

        var after = await FindAsync(id);
        Assert.False(after!.IsEnabled);
        Assert.Equal("Đổi ngoài", after.FullName);
    }

    [Fact]
    public async Task ReadsRightAfterASave_AreNotCached_SoARaceWithTheCommitCannotPinOldState()
    {
        var id = await AddAccountAsync();
        await FindAsync(id); // within the settling window: read, not kept

        await using (var raw = _connection.CreateCommand())
        {
            raw.CommandText = "UPDATE Accounts SET IsEnabled = 0 WHERE Id = $id";
            raw.Parameters.AddWithValue("$id", id);
            await raw.ExecuteNonQueryAsync();
        }

        Assert.False((await FindAsync(id))!.IsEnabled);
    }

    [Fact]
    public async Task CachedEntries_ExpireAfterTheirLifetime()
    {
        var id = await AddAccountAsync();
        _clock.Advance(TimeSpan.FromSeconds(10));
        await FindAsync(id);
        await using (var raw = _connection.CreateCommand())
        {
            raw.CommandText = "UPDATE Accounts SET IsEnabled = 0 WHERE Id = $id";
            raw.Parameters.AddWithValue("$id", id);
            await raw.ExecuteNonQueryAsync();
        }

        Assert.True((await FindAsync(id))!.IsEnabled);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False((await FindAsync(id))!.IsEnabled);
    }

    public void Dispose() => _connection.Dispose();

    private UsersDbContext NewContext() =>
        new(new DbContextOptionsBuilder<UsersDbContext>().UseSqlite(_connection).Options, _cache);

    private async Task<string> AddAccountAsync()
    {
        await using var db = NewContext();
        var account = new Account
        {
            Id = Guid.NewGuid().ToString("N"),
            Email = "an@so.test",
            UserName = "an@so.test",
            FullName = "Nguyễn Văn An",
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    private async Task<SessionState?> FindAsync(string id)
    {
        await using var db = NewContext();
        return await new SessionValidator(db, _cache).FindAsync(id);
    }
}
