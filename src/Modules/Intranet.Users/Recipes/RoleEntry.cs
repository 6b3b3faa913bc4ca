namespace Intranet.Users.Recipes;

/// <summary>One role of a "roles" step: {name, description?, permissions:[…]}.</summary>
public sealed record RoleEntry(string? Name, string? Description, List<string>? Permissions);
