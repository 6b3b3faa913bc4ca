namespace Intranet.Learning.Services.Quiz;

/// <summary>One problem of an imported question file, at its line (1-based).</summary>
public sealed record ImportProblem(int Line, string Message)
{
    public override string ToString() => $"Dòng {Line}: {Message}";
}
