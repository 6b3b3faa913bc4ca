namespace Intranet.Hr.Models;

public enum DraftStatus
{
    Draft = 1,

    /// <summary>A person confirmed it and the effective-dated row was written.</summary>
    Confirmed = 2,

    Discarded = 3,
}
