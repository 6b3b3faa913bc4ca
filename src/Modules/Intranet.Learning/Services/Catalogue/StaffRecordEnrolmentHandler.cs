using Intranet.Core.Staff;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// HR told us a record changed: a transfer moves the person's enrolments to the new department first, then the
/// department's rules are evaluated for the person (a promotion to a matching rank enrols).
/// </summary>
internal sealed class StaffRecordEnrolmentHandler : IStaffRecordEventHandler
{
    private readonly EnrolmentService _enrolments;
    private readonly EnrolmentRules _rules;

    public StaffRecordEnrolmentHandler(EnrolmentService enrolments, EnrolmentRules rules)
    {
        _enrolments = enrolments;
        _rules = rules;
    }

    public async Task RecordChangedAsync(StaffInfo record, StaffChange change, CancellationToken cancellationToken)
    {
        if (record.AccountId is null)
        {
            return;
        }

        if (change == StaffChange.TransferredIn)
        {
            await _enrolments.MoveAsync(record.AccountId, record.TenantName, cancellationToken);
        }

        if (change is StaffChange.TransferredOut or StaffChange.Closed)
        {
            return;
        }

        await _rules.ApplyAsync(record, cancellationToken);
    }
}
