using Intranet.Core.Themes;

[assembly: Theme("TheAdmin", "Quản trị", "/Views/Shared/_AdminLayout.cshtml", IsAdminTheme = true)]
