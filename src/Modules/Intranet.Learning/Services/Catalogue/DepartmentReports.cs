using Intranet.Core.Accounts;
using Intranet.Core.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// Counts people, not attempts: a person is trained when the evidence from every source (completions, outside
/// certificates) covers all the modules asked (by default the basic IU01–IU06). Staff come from HR when it is on,
/// otherwise from the department's accounts (then without units).
/// </summary>
public sealed class DepartmentReports
{
    private readonly TrainingEvidenceReader _evidence;
    private readonly IAccountDirectory _accounts;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _clock;

    public DepartmentReports(TrainingEvidenceReader evidence, IAccountDirectory accounts, IServiceProvider services, TimeProvider clock)
    {
        _evidence = evidence;
        _accounts = accounts;
        _services = services;
        _clock = clock;
    }

    public async Task<DepartmentReport> BuildAsync(string tenantName, IReadOnlyList<string>? modules, CancellationToken ct)
    {
        var wanted = modules is { Count: > 0 } ? modules : CourseText.BasicModules;
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

        // Evidence of every department: a person transferred in brings what they earned elsewhere.
        var trained = await _evidence.ModulesByPersonAsync(null, today, ct);
        var people = new List<(string? AccountId, string Name, string Unit)>();
        var staff = _services.GetService<IStaffRecords>() is { } records ? await records.ListAsync(tenantName, cancellationToken: ct) : [];
        if (staff.Count > 0)
        {
            people.AddRange(staff.Where(s => s.IsOnStaff).Select(s => (s.AccountId, s.FullName, s.UnitName ?? "(chưa rõ phòng, ban)")));
        }
        else
        {
            for (var skip = 0; ; skip += 500)
            {
                var page = await _accounts.ListMembersAsync(tenantName, skip, 500, ct);
                people.AddRange(page.Where(a => a.IsEnabled && a.HomeTenant == tenantName).Select(a => ((string?)a.Id, a.FullName, "(toàn đơn vị)")));
                if (page.Count < 500)
                {
                    break;
                }
            }
        }

        var units = people.GroupBy(p => p.Unit)
            .Select(g =>
            {
                var missing = g.Where(p => !TrainingEvidenceReader.Covers(trained, p.AccountId, wanted)).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                return new UnitTraining(g.Key, g.Count(), g.Count() - missing.Count, missing);
            })
            .OrderBy(u => u.UnitName, StringComparer.Ordinal)
            .ToList();
        return new DepartmentReport(tenantName, wanted, units);
    }
}
