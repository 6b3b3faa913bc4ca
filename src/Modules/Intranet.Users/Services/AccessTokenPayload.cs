namespace Intranet.Users.Services;

/// <summary>What an access token carries, encrypted and signed by data protection: whose it is and the stamp it was issued under.</summary>
public sealed record AccessTokenPayload(string AccountId, string SecurityStamp, bool SecondFactor);
