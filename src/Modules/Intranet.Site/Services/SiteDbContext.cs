using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Intranet.Site.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Site.Services;

public sealed class SiteDbContext : ModuleDbContext
{
    private readonly SiteCache? _cache;
    private readonly string? _tenantName;

    public SiteDbContext(DbContextOptions<SiteDbContext> options)
        : base(options)
    {
    }

    public SiteDbContext(DbContextOptions<SiteDbContext> options, SiteCache cache, ITenantAccessor tenants)
        : base(options)
    {
        _cache = cache;
        _tenantName = tenants.Current?.Name;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changed = ChangeTracker.HasChanges();
        Invalidate(changed);
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        DataTransactionScope.AfterCommit(this, () => Invalidate(changed));
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Before the save and again once it is committed: a request in between reads the database (see
        // ChangeAwareCache). The tracker is read first because a successful save clears it.
        var changed = ChangeTracker.HasChanges();
        Invalidate(changed);
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        DataTransactionScope.AfterCommit(this, () => Invalidate(changed));
        return result;
    }

    private void Invalidate(bool changed)
    {
        if (changed && _tenantName is not null)
        {
            _cache?.Invalidate(_tenantName);
        }
    }

    public DbSet<NewsItem> News => Set<NewsItem>();

    public DbSet<SitePage> Pages => Set<SitePage>();

    public DbSet<QuickLink> QuickLinks => Set<QuickLink>();

    public DbSet<SiteProfile> Profiles => Set<SiteProfile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var news = modelBuilder.Entity<NewsItem>();
        news.ToTable("SiteNews");
        news.Property(n => n.Title).HasMaxLength(SiteLimits.Title).IsRequired();
        news.Property(n => n.Slug).HasMaxLength(SiteLimits.Slug).IsRequired();
        news.Property(n => n.Summary).HasMaxLength(SiteLimits.Summary);
        news.Property(n => n.Body).HasMaxLength(SiteLimits.Body).IsRequired();
        news.Property(n => n.Author).HasMaxLength(200);
        news.HasIndex(n => n.Slug).IsUnique();
        news.HasIndex(n => new { n.PublishedOn, n.Id });

        var page = modelBuilder.Entity<SitePage>();
        page.ToTable("SitePages");
        page.Property(p => p.Title).HasMaxLength(SiteLimits.Title).IsRequired();
        page.Property(p => p.Slug).HasMaxLength(SiteLimits.Slug).IsRequired();
        page.Property(p => p.Body).HasMaxLength(SiteLimits.Body).IsRequired();
        page.HasIndex(p => p.Slug).IsUnique();

        var link = modelBuilder.Entity<QuickLink>();
        link.ToTable("SiteQuickLinks");
        link.Property(l => l.Text).HasMaxLength(SiteLimits.LinkText).IsRequired();
        link.Property(l => l.Url).HasMaxLength(SiteLimits.Url).IsRequired();

        var profile = modelBuilder.Entity<SiteProfile>();
        profile.ToTable("SiteProfile");
        profile.Property(p => p.Id).ValueGeneratedNever();
        profile.Property(p => p.Description).HasMaxLength(SiteLimits.Description);
    }
}
