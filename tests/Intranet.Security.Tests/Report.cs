using Xunit.Abstractions;

namespace Intranet.Security.Tests;

/// <summary>Writes a line to the test's output and to stdout, so the counts also reach ./build.sh test logs.</summary>
public sealed class Report(ITestOutputHelper output)
{
    public void Line(string text)
    {
        output.WriteLine(text);
        Console.WriteLine(text);
    }
}
