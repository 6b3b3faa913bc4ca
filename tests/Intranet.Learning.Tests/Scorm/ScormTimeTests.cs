using Intranet.Learning.Services.Scorm;

namespace Intranet.Learning.Tests.Scorm;

/// <summary>The two time formats: what SCOs send is read exactly, what the LMS writes back is what SCOs expect.</summary>
public sealed class ScormTimeTests
{
    [Theory]
    [InlineData("0000:00:01", 1)]
    [InlineData("00:01:30.5", 90.5)]
    [InlineData("0001:00:00.25", 3600.25)]
    [InlineData("9999:59:59", 35999999)]
    public void A_12_timespan_is_read_in_seconds(string value, double seconds) =>
        Assert.Equal((decimal)seconds, ScormTime.ParseTimespan(value));

    [Theory]
    [InlineData("PT1.33S", 1.33)]
    [InlineData("PT1H30M45.5S", 5445.5)]
    [InlineData("P1DT1S", 86401)]
    [InlineData("PT0S", 0)]
    public void A_2004_duration_is_read_in_seconds(string value, double seconds) =>
        Assert.Equal((decimal)seconds, ScormTime.ParseDuration(value));

    [Theory]
    [InlineData("1:00:00")]
    [InlineData("00:60:00")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("PT-5S")]
    [InlineData("")]
    [InlineData("PT1.333S")]
    public void Anything_else_is_not_a_time(string value)
    {
        Assert.Null(ScormTime.ParseTimespan(value));
        Assert.Null(ScormTime.ParseDuration(value));
    }

    [Fact]
    public void Totals_are_written_in_each_editions_format()
    {
        Assert.Equal("0000:01:30.50", ScormTime.FormatTimespan(90.5m));
        Assert.Equal("0027:46:40", ScormTime.FormatTimespan(100_000m));
        Assert.Equal("PT27H46M40S", ScormTime.FormatDuration(100_000m));
        Assert.Equal("PT0H1M30.5S", ScormTime.FormatDuration(90.5m));
    }
}
