using System.Security.Claims;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Learning.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services;

/// <inheritdoc />
internal sealed class LearningAccess : ILearningAccess
{
    private readonly IPermissionChecker _permissions;
    private readonly ITenantRegistry _tenants;
    private readonly LearningDbContext _db;

    public LearningAccess(IPermissionChecker permissions, ITenantRegistry tenants, LearningDbContext db)
    {
        _permissions = permissions;
        _tenants = tenants;
        _db = db;
    }

    public async Task<bool> CanViewAsync(ClaimsPrincipal user, Course course, CancellationToken cancellationToken = default)
    {
        if (LearnerIdentity.AccountId(user) is null)
        {
            return false;
        }

        if (course.Status != CourseStatus.Published)
        {
            return await CanManageAsync(user, course, cancellationToken);
        }

        // A province course is for every civil servant of the province, whatever their home department.
        if (course.OwnerTenant is null)
        {
            return true;
        }

        return await HasPermissionAsync(user, course, Permissions.ViewCourses, cancellationToken);
    }

    public Task<bool> CanManageAsync(ClaimsPrincipal user, Course course, CancellationToken cancellationToken = default) =>
        HasPermissionAsync(user, course, Permissions.ManageCourses, cancellationToken);

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, Course course, Permission permission, CancellationToken cancellationToken = default)
    {
        var table = _tenants.Table;
        var tenant = course.OwnerTenant is null ? table.Host : table.FindByName(course.OwnerTenant);
        if (tenant is null || tenant.State != TenantState.Running)
        {
            return false;
        }

        return await _permissions.HasPermissionAsync(user, tenant, permission, cancellationToken);
    }

    public async Task<Enrolment?> FindEnrolmentAsync(ClaimsPrincipal user, int courseId, CancellationToken cancellationToken = default)
    {
        var accountId = LearnerIdentity.AccountId(user);
        if (accountId is null)
        {
            return null;
        }

        return await _db.Enrolments.FirstOrDefaultAsync(
            e => e.CourseId == courseId && e.AccountId == accountId && e.Status != EnrolmentStatus.Withdrawn, cancellationToken);
    }
}
