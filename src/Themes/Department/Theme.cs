using Intranet.Core.Themes;

[assembly: Theme("Department", "Cơ quan", "/Views/Shared/_DepartmentLayout.cshtml")]
