using Intranet.Core.Staff;
using Intranet.Core.Tenants;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// HR told us a record changed: a transfer moves the person's enrolments to the new department first, then the
/// department's rules are evaluated for the person (a promotion to a matching rank enrols).
/// </summary>
internal sealed class StaffRecordEnrolmentHandler : IStaffRecordEventHandler
{
    private readonly EnrolmentService _enrolments;
    private readonly EnrolmentRules _rules;
    private readonly ITenantRegistry _tenants;

    public StaffRecordEnrolmentHandler(EnrolmentService enrolments, EnrolmentRules rules, ITenantRegistry tenants)
    {
        _enrolments = enrolments;
        _rules = rules;
        _tenants = tenants;
    }

    public async Task RecordChangedAsync(StaffInfo record, StaffChange change, CancellationToken cancellationToken)
    {
        // Without the module at the host its tables do not exist, and a throwing handler would roll back HR's change.
        if (record.AccountId is null || !_tenants.Table.Host.IsFeatureEnabled(LearningFeatures.Province))
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
