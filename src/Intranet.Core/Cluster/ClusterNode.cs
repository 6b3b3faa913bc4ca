using Microsoft.Extensions.Configuration;

namespace Intranet.Core.Cluster;

/// <summary>
/// This process's name among the nodes sharing one database: written on outbox claims and job leases so an operator
/// can tell which node holds what. <c>Intranet:Cluster:NodeId</c> names it; otherwise machine, process and a random
/// suffix, so two processes on one machine (or a restarted one) never share a name.
/// </summary>
public sealed class ClusterNode
{
    public ClusterNode(IConfiguration configuration)
        : this(configuration["Intranet:Cluster:NodeId"])
    {
    }

    public ClusterNode(string? id)
    {
        Id = string.IsNullOrWhiteSpace(id)
            ? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}"
            : id.Trim();
        if (Id.Length > 100)
        {
            Id = Id[..100];
        }
    }

    public string Id { get; }
}
