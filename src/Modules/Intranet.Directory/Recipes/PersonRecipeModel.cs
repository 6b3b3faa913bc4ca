namespace Intranet.StaffDirectory.Recipes;

/// <summary>One entry of the <c>people</c> step: {email, fullName, unit, position, officePhone, mobile, room, externalId?, active?, visibility?}.</summary>
public sealed record PersonRecipeModel(
    string? Email,
    string? FullName,
    string? Unit,
    string? Position,
    string? OfficePhone,
    string? Mobile,
    string? Room,
    string? ExternalId,
    bool? Active,
    Dictionary<string, string>? Visibility);
