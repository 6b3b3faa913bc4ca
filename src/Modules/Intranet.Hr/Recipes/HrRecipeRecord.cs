namespace Intranet.Hr.Recipes;

/// <summary>One record of the <c>hr</c> step (dates as <see cref="RecipeDates"/> reads them).</summary>
public sealed class HrRecipeRecord
{
    public string? PersonalId { get; set; }

    public string? FullName { get; set; }

    public string? Sex { get; set; }

    public string? BirthDate { get; set; }

    /// <summary>Links the record to the host account with this login (and so to the transfer of its directory entry).</summary>
    public string? Email { get; set; }

    public string? Category { get; set; }

    public string? Status { get; set; }

    public string? RecruitedOn { get; set; }

    public string? BirthPlace { get; set; }

    public string? Hometown { get; set; }

    public string? EthnicityCode { get; set; }

    public List<HrRecipeCareerRow>? Salary { get; set; }

    public List<HrRecipeCareerRow>? Postings { get; set; }

    public List<HrRecipeCareerRow>? Qualifications { get; set; }

    public List<HrRecipeCareerRow>? Ratings { get; set; }
}
