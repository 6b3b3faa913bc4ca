using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Data;

/// <summary>
/// Base of every module DbContext. When its DI scope has an active <see cref="DataTransactionScope"/>, the
/// context joins that scope's transaction, so several modules' writes commit or roll back together.
/// A context that must derive from another base (Identity's) calls <see cref="DataTransactionScope.Enlist"/> itself.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    protected ModuleDbContext(DbContextOptions options)
        : base(options) => DataTransactionScope.Enlist(this, options);
}
