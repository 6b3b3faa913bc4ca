namespace Intranet.Mail.Tests;

/// <summary>One Postfix + Dovecot pair for every test class that needs the servers.</summary>
[CollectionDefinition(Name)]
public sealed class MailServerCollection : ICollectionFixture<MailServerFixture>
{
    public const string Name = "mail servers";
}
