using System.Security.Claims;
using Intranet.Learning.Models;

namespace Intranet.Learning.Services;

/// <summary>
/// Who may see and change what. Every page and API of every part asks here, so the rule is one: a course is governed
/// by its own tenant (the host for province courses, the department for its courses).
/// </summary>
public interface ILearningAccess
{
    /// <summary>Whether the user may see the course in the catalogue and take it.</summary>
    Task<bool> CanViewAsync(ClaimsPrincipal user, Course course, CancellationToken cancellationToken = default);

    /// <summary>Whether the user may build the course (its content, SCORM packages, quizzes).</summary>
    Task<bool> CanManageAsync(ClaimsPrincipal user, Course course, CancellationToken cancellationToken = default);

    /// <summary>Whether the user holds <paramref name="permission"/> in the course's own tenant.</summary>
    Task<bool> HasPermissionAsync(ClaimsPrincipal user, Course course, Core.Security.Permission permission, CancellationToken cancellationToken = default);

    /// <summary>The user's active or completed enrolment in the course, or null.</summary>
    Task<Enrolment?> FindEnrolmentAsync(ClaimsPrincipal user, int courseId, CancellationToken cancellationToken = default);
}
