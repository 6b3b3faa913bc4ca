using Intranet.Core.Hosting;
using Intranet.Mail.Data;

namespace Intranet.Mail.Services;

/// <summary>Creates or upgrades mail.db before the first request (after the host schema, before the registry).</summary>
public sealed class MailDatabaseStartupTask : IStartupTask
{
    private readonly MailDatabase _database;

    public MailDatabaseStartupTask(MailDatabase database) => _database = database;

    public int Order => 50;

    public Task RunAsync(CancellationToken cancellationToken) => _database.MigrateAsync(cancellationToken);
}
