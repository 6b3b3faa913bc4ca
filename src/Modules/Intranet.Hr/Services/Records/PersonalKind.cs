namespace Intranet.Hr.Services.Records;

/// <summary>The non-dated groups of a record (no decision, no "as of"), named in URLs as <see cref="PersonalKinds.Slug"/>.</summary>
public enum PersonalKind
{
    Family = 1,
    Political = 2,
    Assets = 3,
    Health = 4,
    History = 5,
}
