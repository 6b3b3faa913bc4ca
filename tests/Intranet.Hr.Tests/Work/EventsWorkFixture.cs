using Intranet.Hr.Tests.Records;

namespace Intranet.Hr.Tests.Work;

/// <summary>The work fixture on a host that records every HR change event (<see cref="RecordingStaffEvents"/>).</summary>
public sealed class EventsWorkFixture : HrWorkFixture
{
    public EventsWorkFixture()
        : base(new RecordsFactory())
    {
    }

    public RecordingStaffEvents Recorder => ((RecordsFactory)Factory).Events;
}
