namespace Intranet.StaffDirectory.Recipes;

/// <summary>One entry of the <c>units</c> step: {id, name, kind, parent, order?}.</summary>
public sealed record UnitRecipeModel(string? Id, string? Name, string? Kind, string? Parent, int? Order);
