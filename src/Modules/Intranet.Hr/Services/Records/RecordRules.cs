using Intranet.Core.Staff;
using Intranet.Hr.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// What the records take from the rules: a salary row's scale and coefficient from the code lists when not
/// given, the rank's name, and the CCCD warnings (never a block). One seam, so the pages and the API agree.
/// Call <see cref="LoadAsync"/> once per scope before the lookups; without code lists they answer null.
/// </summary>
public sealed class RecordRules
{
    private readonly ICodeLists? _codeLists;
    private CodeListSet? _current;

    public RecordRules(IServiceProvider services) => _codeLists = services.GetService<ICodeLists>();

    public async ValueTask<RecordRules> LoadAsync(CancellationToken ct = default)
    {
        if (_current is null && _codeLists is not null)
        {
            _current = await _codeLists.CurrentAsync(ct);
        }

        return this;
    }

    /// <summary>The scale of a rank code, or null when the code lists do not know it.</summary>
    public string? ScaleOf(string rankCode) => _current?.FindRank(rankCode)?.ScaleCode;

    public string? RankName(string? rankCode) => rankCode is null ? null : _current?.FindRank(rankCode)?.Name;

    /// <summary>The coefficient of a step of a scale, or null when the scale or step is unknown.</summary>
    public decimal? CoefficientOf(string scaleCode, int step) =>
        _current?.FindScale(scaleCode) is { } scale && step >= 1 && step <= scale.MaxStep ? scale.CoefficientOf(step) : null;

    /// <summary>Vietnamese warnings about a well-formed personal ID (province code, century and sex digit).</summary>
    public static IReadOnlyList<string> PersonalIdWarnings(string personalId, DateOnly? birthDate, StaffSex? sex) =>
        PersonalIdRules.Check(personalId, birthDate, sex).Warnings;
}
