namespace Intranet.Hr.Rules;

/// <summary>A rank (ngạch) or professional title and the salary scale it is paid on, e.g. 01.003 Chuyên viên → A1.</summary>
public sealed record RankInfo(string Code, string Name, string ScaleCode);
