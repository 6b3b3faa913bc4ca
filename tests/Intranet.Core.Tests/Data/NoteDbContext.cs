using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Tests.Data;

/// <summary>A tiny module context for testing the data layer against real SQLite files.</summary>
public sealed class NoteDbContext : ModuleDbContext
{
    public NoteDbContext(DbContextOptions<NoteDbContext> options)
        : base(options)
    {
    }

    public DbSet<Note> Notes => Set<Note>();
}
