namespace Intranet.Hr.Services;

/// <summary>Lists and audit entries show the personal ID masked: the province code and the last three digits.</summary>
public static class PersonalIdMask
{
    public static string Mask(string? personalId) =>
        personalId is { Length: >= 6 } id ? id[..3] + new string('•', id.Length - 6) + id[^3..] : "•••";
}
