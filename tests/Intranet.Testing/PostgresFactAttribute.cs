using Xunit;

namespace Intranet.Testing;

/// <summary>A test that needs PostgreSQL: skipped, with the reason shown, when the suite runs on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = "Runs on PostgreSQL only (INTRANET_TEST_DATABASE=postgres; ./build.sh test runs it).";
        }
    }
}
