using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.ViewModels;

/// <summary>The import page: the last report (dry run or applied), if any.</summary>
public sealed record ImportPageModel(ImportReport? Report, string? FileName);
