namespace Intranet.Hr.Controllers;

/// <summary>A warning of the import (row, column key, message); it did not stop the import.</summary>
public sealed record ImportWarning(int Row, string? Column, string Message);
