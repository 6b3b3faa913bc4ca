using System.Collections.Concurrent;
using Intranet.Core.Staff;

namespace Intranet.Hr.Tests.Records;

/// <summary>Collects the HR change events other modules would receive.</summary>
public sealed class RecordingStaffEvents : IStaffRecordEventHandler
{
    public ConcurrentQueue<(StaffInfo Record, StaffChange Change)> Events { get; } = new();

    public Task RecordChangedAsync(StaffInfo record, StaffChange change, CancellationToken cancellationToken)
    {
        Events.Enqueue((record, change));
        return Task.CompletedTask;
    }
}
