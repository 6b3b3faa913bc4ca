using Intranet.AuditTrail.Models;
using Intranet.AuditTrail.Services;
using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.AuditTrail.Tests;

/// <summary>The chain as an auditor relies on it: whatever is written verifies, and no edit or deletion goes unnoticed.</summary>
public sealed class HashChainTests : IAsyncLifetime
{
    private readonly AuditServices _audit = new();

    public Task InitializeAsync() => _audit.MigrateAsync();

    public async Task DisposeAsync() => await _audit.DisposeAsync();

    [Fact]
    public async Task Recorded_entries_verify_as_an_intact_chain()
    {
        await _audit.RecordAsync(_audit.Department,
            new AuditEvent("account", "created", "nguyenvanan@so-a.gov.vn"),
            new AuditEvent("site", "news.published", "Tin mới", "Tiêu đề: Tin mới"),
            new AuditEvent("unit", "deleted", "phong-cds"));

        var result = await _audit.VerifyAsync(_audit.Department);

        Assert.True(result.Intact);
        Assert.Equal(3, result.Count);
        Assert.Equal(3, await _audit.ScalarAsync(_audit.Department, "SELECT COUNT(*) FROM AuditEntries"));
        Assert.Equal(0, await _audit.ScalarAsync(_audit.Host, "SELECT COUNT(*) FROM AuditEntries")); // another tenant's chain is untouched
    }

    [Fact]
    public async Task An_empty_chain_is_intact()
    {
        var result = await _audit.VerifyAsync(_audit.Department);
        Assert.True(result.Intact);
        Assert.Equal(0, result.Count);
    }

    [Fact]
    public async Task A_row_altered_with_raw_sql_is_named_by_the_verifier()
    {
        await RecordFourAsync();
        await _audit.ExecuteSqlAsync(_audit.Department, "UPDATE AuditEntries SET Actor = 'someone-else@so-a.gov.vn' WHERE Id = 3");

        var result = await _audit.VerifyAsync(_audit.Department);

        Assert.False(result.Intact);
        Assert.Equal(3, result.Break!.EntryId);
        Assert.Equal(ChainBreakKind.Content, result.Break.Kind);
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public async Task An_altered_row_whose_hash_was_recomputed_breaks_the_next_link()
    {
        await RecordFourAsync();
        AuditEntry second;
        using (_audit.Tenants.Enter(_audit.Department))
        await using (var scope = _audit.Services.CreateAsyncScope())
        {
            second = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.AsNoTracking().SingleAsync(e => e.Id == 2);
        }

        // An attacker who knows the scheme edits entry 2 and gives it a valid hash of its new content.
        second.Details = "Administrator";
        var forged = AuditHasher.Compute(second.PreviousHash, second);
        await _audit.ExecuteSqlAsync(_audit.Department, $"UPDATE AuditEntries SET Details = 'Administrator', Hash = '{forged}' WHERE Id = 2");

        var result = await _audit.VerifyAsync(_audit.Department);

        Assert.Equal(3, result.Break!.EntryId);
        Assert.Equal(ChainBreakKind.Link, result.Break.Kind);
    }

    [Fact]
    public async Task Deleting_a_middle_row_is_detected_at_the_entry_after_it()
    {
        await RecordFourAsync();
        await _audit.ExecuteSqlAsync(_audit.Department, "DELETE FROM AuditEntries WHERE Id = 2");

        var result = await _audit.VerifyAsync(_audit.Department);

        Assert.False(result.Intact);
        Assert.Equal(3, result.Break!.EntryId);
        Assert.Equal(ChainBreakKind.Missing, result.Break.Kind);
        Assert.Equal(2, result.Break.MissingFrom);
    }

    [Fact]
    public async Task Deleting_a_middle_row_and_renumbering_is_detected_by_the_broken_link()
    {
        await RecordFourAsync();
        await _audit.ExecuteSqlAsync(_audit.Department, "DELETE FROM AuditEntries WHERE Id = 2; UPDATE AuditEntries SET Id = Id - 1 WHERE Id > 2");

        var result = await _audit.VerifyAsync(_audit.Department);

        Assert.Equal(2, result.Break!.EntryId);
        Assert.Equal(ChainBreakKind.Link, result.Break.Kind);
    }

    [Fact]
    public async Task A_rolled_back_change_leaves_no_audit_entry_and_a_committed_one_keeps_it()
    {
        using var enter = _audit.Tenants.Enter(_audit.Department);
        await using (var scope = _audit.Services.CreateAsyncScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
            data.Begin();
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent("unit", "created", "phong-moi"));
            // The change fails here: the scope is disposed without committing.
        }

        Assert.Equal(0, await _audit.ScalarAsync(_audit.Department, "SELECT COUNT(*) FROM AuditEntries"));

        await using (var scope = _audit.Services.CreateAsyncScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
            data.Begin();
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent("unit", "created", "phong-moi"));
            await data.CommitAsync();
        }

        Assert.Equal(1, await _audit.ScalarAsync(_audit.Department, "SELECT COUNT(*) FROM AuditEntries"));
        Assert.True((await _audit.VerifyAsync(_audit.Department)).Intact);
    }

    [Fact]
    public async Task A_failed_sign_in_goes_to_the_host_chain_and_survives_a_rolled_back_change()
    {
        using var enter = _audit.Tenants.Enter(_audit.Department);
        await using (var scope = _audit.Services.CreateAsyncScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
            data.Begin();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            await audit.RecordAsync(new AuditEvent("unit", "created", "phong-moi"));
            await audit.RecordAsync(new AuditEvent(AuditChains.AuthCategory, "sign-in.failed", "ai-do@so-a.gov.vn") { Succeeded = false });
        }

        Assert.Equal(0, await _audit.ScalarAsync(_audit.Department, "SELECT COUNT(*) FROM AuditEntries"));
        Assert.Equal(1, await _audit.ScalarAsync(_audit.Host, "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'sign-in.failed' AND Succeeded = 0 AND TenantName = 'so-a'"));
    }

    [Fact]
    public async Task An_event_naming_a_tenant_goes_to_that_tenants_chain()
    {
        await _audit.RecordAsync(_audit.Host, new AuditEvent("tenant", "disabled", "so-a") { TenantName = "so-a" });

        Assert.Equal(1, await _audit.ScalarAsync(_audit.Department, "SELECT COUNT(*) FROM AuditEntries"));
        Assert.Equal(0, await _audit.ScalarAsync(_audit.Host, "SELECT COUNT(*) FROM AuditEntries"));
    }

    [Fact]
    public async Task The_actor_is_system_outside_a_request()
    {
        await _audit.RecordAsync(_audit.Department, new AuditEvent("search", "rebuilt", "people"));
        Assert.Equal(1, await _audit.ScalarAsync(_audit.Department, "SELECT COUNT(*) FROM AuditEntries WHERE Actor = 'system'"));
    }

    [Fact]
    public async Task Concurrent_writers_keep_one_unbroken_chain()
    {
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await _audit.RecordAsync(_audit.Department, new AuditEvent("load", "write", $"{w}-{i}"));
            }
        }));
        await Task.WhenAll(writers);

        var result = await _audit.VerifyAsync(_audit.Department);
        Assert.True(result.Intact, result.Break?.Describe());
        Assert.Equal(40, result.Count);
    }

    [Fact]
    public async Task The_command_line_reports_an_intact_chain_with_exit_code_0_and_a_broken_one_with_1()
    {
        await RecordFourAsync();
        Assert.Equal((0, "so-a: chain intact (4 entries)"), await RunCliAsync("verify", "--tenant", "so-a"));

        await _audit.ExecuteSqlAsync(_audit.Department, "UPDATE AuditEntries SET Details = 'sửa lén' WHERE Id = 3");
        var (code, output) = await RunCliAsync("verify", "--tenant", "so-a");
        Assert.Equal(1, code);
        Assert.Contains("entry 3", output);
        Assert.Contains("altered", output);

        Assert.Equal(2, (await RunCliAsync("verify", "--tenant", "khong-co")).Code);
        Assert.Equal(0, (await RunCliAsync("verify")).Code); // the host's (empty) chain
    }

    private async Task<(int Code, string Output)> RunCliAsync(params string[] args)
    {
        await using var scope = _audit.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<Intranet.Core.Hosting.ICliCommand>().Single(c => c.Group == "audit");
        var output = new StringWriter();
        var code = await command.RunAsync(args, output, CancellationToken.None);
        return (code, output.ToString().Trim());
    }

    private Task RecordFourAsync() => _audit.RecordAsync(_audit.Department,
        new AuditEvent("account", "created", "a@so-a.gov.vn"),
        new AuditEvent("account", "role.granted", "a@so-a.gov.vn", "Editor"),
        new AuditEvent("site", "page.updated", "gioi-thieu"),
        new AuditEvent("account", "disabled", "a@so-a.gov.vn"));
}
