namespace Intranet.Hr.Rules;

/// <summary>The keys of the shipped code lists (a list's versions share its key).</summary>
public static class CodeListKeys
{
    public const string SalaryScales = "salary-scales";
    public const string Ranks = "ranks";
    public const string BaseSalary = "base-salary";
    public const string Ethnic1979 = "ethnic-1979";
    public const string Ethnic2008 = "ethnic-2008";
    public const string Religions = "religions";
    public const string GeneralEducation = "general-education";
    public const string Education = "education";
    public const string PoliticalTheory = "political-theory";
    public const string StateManagement = "state-management";
    public const string InformationTechnology = "it";
    public const string LanguageLevel = "language-level";
}
