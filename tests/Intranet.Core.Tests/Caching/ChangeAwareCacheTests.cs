using Intranet.Core.Caching;

namespace Intranet.Core.Tests.Caching;

/// <summary>
/// The cache behind every signed-in request (sessions, roles) and every department home page (news pages) keeps a
/// bound: keys that carry request input — <c>/news?page=N</c> for any N — or the date must not pile up for good.
/// </summary>
public sealed class ChangeAwareCacheTests
{
    [Fact]
    public async Task A_crawler_asking_for_every_page_number_cannot_grow_the_cache_past_its_capacity()
    {
        var cache = new ChangeAwareCache(new ManualClock(), capacity: 100);

        for (var page = 1; page <= 5_000; page++)
        {
            await cache.GetOrLoadAsync($"s:a:news:20261207:{page}:20", "s:a:", () => Task.FromResult(page));
        }

        Assert.InRange(cache.Count, 1, 100);
        // Still a cache: what was just loaded is answered from memory.
        var loads = 0;
        var value = await cache.GetOrLoadAsync("s:a:news:20261207:5000:20", "s:a:", () => Task.FromResult(++loads));
        Assert.Equal(5_000, value);
        Assert.Equal(0, loads);
    }

    [Fact]
    public async Task Entries_whose_keys_are_never_read_again_leave_once_expired()
    {
        var clock = new ManualClock();
        var cache = new ChangeAwareCache(clock);
        for (var page = 1; page <= 50; page++)
        {
            await cache.GetOrLoadAsync($"s:a:news:20261207:{page}:20", "s:a:", () => Task.FromResult(page));
        }

        // The next day's keys are new; yesterday's are read by nobody.
        clock.Advance(TimeSpan.FromDays(1));
        await cache.GetOrLoadAsync("s:a:news:20261208:1:20", "s:a:", () => Task.FromResult(1));

        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task A_change_still_drops_the_owners_entries_at_once()
    {
        var cache = new ChangeAwareCache(new ManualClock());
        await cache.GetOrLoadAsync("a:1:session", "a:1:", () => Task.FromResult("old"));

        cache.Invalidate("a:1:");

        Assert.Equal("new", await cache.GetOrLoadAsync("a:1:session", "a:1:", () => Task.FromResult("new")));
    }
}
