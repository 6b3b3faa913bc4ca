using Intranet.Core.Staff;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// What the records take from the rules: a salary row's scale and coefficient from the code lists when not
/// given, the rank's name, and the CCCD warnings (never a block). One seam, so the pages and the API agree.
/// </summary>
public sealed class RecordRules
{
    private readonly IServiceProvider _services;

    public RecordRules(IServiceProvider services) => _services = services;

    /// <summary>The scale of a rank code, or null when the code lists do not know it.</summary>
    public string? ScaleOf(string rankCode) => null;

    public string? RankName(string? rankCode) => null;

    /// <summary>The coefficient of a step of a scale, or null when the scale or step is unknown.</summary>
    public decimal? CoefficientOf(string scaleCode, int step) => null;

    /// <summary>Vietnamese warnings about a well-formed personal ID (province code, century and sex digit).</summary>
    public IReadOnlyList<string> PersonalIdWarnings(string personalId, DateOnly? birthDate, StaffSex? sex) => [];

    internal IServiceProvider Services => _services;
}
