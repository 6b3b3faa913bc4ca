namespace Intranet.Learning.Models.Catalogue;

/// <summary>A reminder or digest already sent, so a restart or a second run the same day sends nothing twice.</summary>
public sealed class ReminderSent
{
    public int Id { get; set; }

    /// <summary>"due:{enrolmentId}:{days}" or "digest:{accountId}:{isoWeek}".</summary>
    public string Key { get; set; } = "";

    public DateTime SentUtc { get; set; }
}
