using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Records;

/// <summary>A record as one reader may see it: the snapshot as of a date, over the groups they may read and asked for.</summary>
public sealed record RecordView(RecordSnapshot Snapshot, IReadOnlyList<HrGroup> Groups)
{
    public StaffRecord Record => Snapshot.Record;

    public bool Shows(HrGroup group) => Groups.Contains(group);
}
