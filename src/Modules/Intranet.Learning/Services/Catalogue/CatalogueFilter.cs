using Intranet.Learning.Models;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>Search and filters of the catalogue (page and API).</summary>
public sealed record CatalogueFilter(string? Query = null, string? Module = null, CourseLevel? Level = null, CourseStatus? Status = null);
