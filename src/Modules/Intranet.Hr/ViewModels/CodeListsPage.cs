using Intranet.Hr.Models.Reference;
using Intranet.Hr.Rules;

namespace Intranet.Hr.ViewModels;

/// <summary>The code-list admin pages: every current list, or one list with its stored versions.</summary>
public sealed class CodeListsPage
{
    public IReadOnlyCollection<CodeList> Lists { get; init; } = [];

    public CodeList? Selected { get; init; }

    public IReadOnlyList<HrCodeListVersion> Versions { get; init; } = [];

    public IReadOnlyList<BaseSalary> BaseSalaries { get; init; } = [];

    public IReadOnlyList<string> Errors { get; init; } = [];

    public string? BaseSalaryFrom { get; init; }

    public string? BaseSalaryAmount { get; init; }

    public string? BaseSalaryInstrument { get; init; }
}
