namespace Intranet.Email.Outbox;

/// <summary>"Intranet:Email:Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Intranet:Email:Outbox";

    /// <summary>Relative to App_Data unless absolute.</summary>
    public string DatabasePath { get; set; } = "email/outbox.db";

    public int PollSeconds { get; set; } = 5;

    /// <summary>First retry after this; each later one waits twice as long, up to <see cref="MaxDelayMinutes"/>.</summary>
    public int BaseDelaySeconds { get; set; } = 30;

    public int MaxDelayMinutes { get; set; } = 60;

    /// <summary>About two days with the defaults, longer than most mail-server outages.</summary>
    public int MaxAttempts { get; set; } = 50;

    public TimeSpan DelayAfter(int attempts)
    {
        var seconds = BaseDelaySeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxDelayMinutes * 60.0));
    }
}
