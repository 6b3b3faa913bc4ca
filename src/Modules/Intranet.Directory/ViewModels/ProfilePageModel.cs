using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.ViewModels;

/// <summary>A profile page: the trimmed entry, and the link to edit it when the reader is the person.</summary>
public sealed record ProfilePageModel(DirectoryEntry Entry, string? EditUrl);
