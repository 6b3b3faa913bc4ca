namespace Intranet.Security.Tests.Fuzz;

/// <summary>Where a handler reads one of its inputs from.</summary>
public enum InputSource
{
    Path,
    Query,
    Form,
    Body,
    File,
}
