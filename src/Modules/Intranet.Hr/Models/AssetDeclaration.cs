namespace Intranet.Hr.Models;

/// <summary>Group 9 (sensitive): a yearly assets and income declaration.</summary>
public sealed class AssetDeclaration
{
    public int Id { get; set; }

    public int RecordId { get; set; }

    public int Year { get; set; }

    /// <summary>Tổng thu nhập trong năm, in đồng.</summary>
    public decimal? AnnualIncome { get; set; }

    /// <summary>Nhà ở, đất ở, tài sản khác — in words.</summary>
    public string? Description { get; set; }
}
