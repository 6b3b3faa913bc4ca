using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Tests.Data;

/// <summary>The same table in the host database, to test one change spanning two databases.</summary>
public sealed class HostNoteDbContext : ModuleDbContext
{
    public HostNoteDbContext(DbContextOptions<HostNoteDbContext> options)
        : base(options)
    {
    }

    public DbSet<Note> Notes => Set<Note>();
}
