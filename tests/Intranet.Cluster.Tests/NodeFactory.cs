using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace Intranet.Cluster.Tests;

/// <summary>
/// A second application instance — a second node — with its own App_Data (nothing on disk shared) but the first
/// instance's host database, as nodes behind a load balancer share one database server.
/// </summary>
public sealed class NodeFactory : IntranetFactory
{
    private readonly string _hostDatabase;
    private readonly string _nodeId;

    public NodeFactory(IntranetFactory first, string nodeId)
    {
        _hostDatabase = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(first.AppData, "Sites", "Default", "intranet.db"),
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
        _nodeId = nodeId;
    }

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Intranet:Data:HostConnectionString", _hostDatabase);
        builder.UseSetting("Intranet:Cluster:NodeId", _nodeId);
    }
}
