using System.Net;
using Intranet.Core.Tenants;
using Intranet.Testing;
using Intranet.Users.Services;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Cluster.Tests;

/// <summary>
/// Two nodes over one host database, each with its own App_Data: a session started on one is honoured, and ended,
/// on the other (the key ring and the session state come from the database, not from a node's disk or memory).
/// </summary>
public sealed class SharedSessionTests : IDisposable
{
    private readonly IntranetFactory _a = new();
    private readonly NodeFactory _b;
    private readonly CookieContainer _jar = new();

    public SharedSessionTests()
    {
        _ = _a.Services; // node A sets the host up first
        _b = new NodeFactory(_a, "node-b");
    }

    private HttpClient Browser(IntranetFactory node) => node.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(_jar));

    [Fact]
    public async Task CookieIssuedByNodeA_IsAcceptedByNodeB()
    {
        await Browser(_a).SignInAsync(IntranetFactory.AdminEmail, _a.AdminPassword);

        var onB = await Browser(_b).GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        var anonymous = await _b.CreateDefaultClient(new Uri("http://localhost")).GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task AccountDisabledOnNodeA_IsRefusedByNodeB_AtTheNextRequest()
    {
        var email = "nguyenvanan." + Guid.NewGuid().ToString("N")[..6] + "@tinh.test";
        const string password = "Mat-khau-thu-2026!";
        string id;
        await using (var scope = _a.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountManager>();
            id = (await accounts.CreateAsync(email, "Nguyễn Văn An", Tenant.DefaultName, password, mustChangePassword: false)).Id;
        }

        await Browser(_a).SignInAsync(email, password);
        var b = Browser(_b);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/account")).StatusCode); // B now holds the session in memory
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/account")).StatusCode);

        await using (var scope = _a.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountManager>();
            await accounts.SetEnabledAsync(await accounts.RequireAsync(id), enabled: false);
        }

        var next = await b.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/account/login", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _b.Dispose();
        _a.Dispose();
    }
}
