namespace Intranet.Core.Staff;

/// <summary>
/// Lets modules follow personnel records (e-learning re-evaluates enrolment rules, the dashboard its counts).
/// Handlers run inside the change's transaction when one is active; they must not call back into HR's writes.
/// </summary>
public interface IStaffRecordEventHandler
{
    Task RecordChangedAsync(StaffInfo record, StaffChange change, CancellationToken cancellationToken);
}
