namespace Intranet.Mail.Models.Webmail;

/// <summary>One page of a folder (or of search results), newest first.</summary>
public sealed record WebmailMessagePage(string Folder, IReadOnlyList<WebmailMessageSummary> Items, int Page, int PageSize, int Total)
{
    public int TotalPages => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
