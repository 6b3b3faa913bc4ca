namespace Intranet.Hr.Services.Records;

public enum ReadOutcome
{
    Found = 1,
    NotFound = 2,
    Forbidden = 3,
}
