using Intranet.Learning.Services.Certs;

namespace Intranet.Learning.Tests.Certs;

/// <summary>Serials are random and readable, and a typed serial is forgiven the usual slips.</summary>
public sealed class SerialTests
{
    [Fact]
    public void Serials_are_three_groups_of_four_unambiguous_characters_and_do_not_follow_one_another()
    {
        var serials = Enumerable.Range(0, 5000).Select(_ => CertificateSerials.New()).ToList();
        Assert.All(serials, s => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", s));
        Assert.Equal(serials.Count, serials.Distinct().Count());

        // Consecutive serials share no common prefix beyond chance (a counter would share most of it).
        var sharedPrefix = serials.Zip(serials.Skip(1)).Average(p => p.First.Zip(p.Second).TakeWhile(c => c.First == c.Second).Count());
        Assert.True(sharedPrefix < 0.2, $"consecutive serials share {sharedPrefix:0.00} leading characters on average");
    }

    [Theory]
    [InlineData("7k3m-9qxh-r2td", "7K3M-9QXH-R2TD")]
    [InlineData("7K3M 9QXH R2TD", "7K3M-9QXH-R2TD")]
    [InlineData("OI0L-9QXH-R2TD", "0101-9QXH-R2TD")]
    [InlineData("7K3M9QXHR2TD", "7K3M-9QXH-R2TD")]
    public void A_typed_serial_is_read_forgivingly(string typed, string canonical) =>
        Assert.Equal(canonical, CertificateSerials.Normalize(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7K3M-9QXH-R2T")]
    [InlineData("7K3M-9QXH-R2TDX")]
    [InlineData("7K3M-9QXH-R2TU")]
    [InlineData("../../etc/passwd")]
    public void Anything_else_is_not_a_serial(string? typed) => Assert.Null(CertificateSerials.Normalize(typed));
}
