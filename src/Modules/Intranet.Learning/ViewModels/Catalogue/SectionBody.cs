namespace Intranet.Learning.ViewModels.Catalogue;

public sealed record SectionBody(string? Title);
