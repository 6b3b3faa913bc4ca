namespace Intranet.Hr.Io.Codes;

/// <summary>A rank or professional title as the import and the résumé use it.</summary>
public sealed record ImportRank(string Code, string Name, string ScaleCode);
