namespace Intranet.Hr.Io.Resume;

/// <summary>
/// The résumé (sơ yếu lý lịch) as data: the agency lines at the top, the title, the blocks, and the signature
/// lines. Built once from the record and the groups the reader may see; rendered to PDF and DOCX alike.
/// </summary>
public sealed record ResumeDocument(
    IReadOnlyList<string> AgencyLines,
    string FormCode,
    string Title,
    IReadOnlyList<ResumeBlock> Blocks,
    string DeclarantName,
    string Place);
