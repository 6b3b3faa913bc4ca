using Intranet.Search.Services;

namespace Intranet.Search.Controllers;

public sealed record SearchIndexRow(string IndexName, string DisplayName, int Documents, SearchIndexStatus Status);
