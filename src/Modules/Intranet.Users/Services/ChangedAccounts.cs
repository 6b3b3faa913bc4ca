namespace Intranet.Users.Services;

/// <summary>The accounts written in this DI scope, so their cached session state is evicted again after the commit.</summary>
public sealed class ChangedAccounts
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => _ids;

    public void Add(string id) => _ids.Add(id);
}
