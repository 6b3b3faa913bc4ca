namespace Intranet.Users.Recipes;

/// <summary>One account of an "accounts" step: {email, fullName, roles:[…], home:bool, password?}.</summary>
public sealed record AccountEntry(string? Email, string? FullName, List<string>? Roles, bool Home, string? Password);
