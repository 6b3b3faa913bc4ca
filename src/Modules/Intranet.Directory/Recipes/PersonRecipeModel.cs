using Intranet.Core.Validation;

namespace Intranet.StaffDirectory.Recipes;

/// <summary>One entry of the <c>people</c> step: {email, fullName, unit, position, officePhone, mobile, room, externalId?, active?, visibility?}.</summary>
public sealed record PersonRecipeModel(
    string? Email,
    [Name] string? FullName,
    string? Unit,
    [Name] string? Position,
    string? OfficePhone,
    string? Mobile,
    [Name] string? Room,
    string? ExternalId,
    bool? Active,
    Dictionary<string, string>? Visibility);
