using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.Hosting.IdleTrim;

namespace SnowChatOps.Tests.Hosting;

public sealed class TrafficClockTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryStartTrim_NoTrafficSinceStart_NeverTrims()
    {
        var traffic = new TrafficClock(time);
        time.Advance(TimeSpan.FromHours(1));

        Assert.False(traffic.TryStartTrim(Quiet));
    }

    [Fact]
    public void TryStartTrim_QuietShorterThanAsked_DoesNotTrim()
    {
        var traffic = new TrafficClock(time);
        traffic.Touch();
        time.Advance(Quiet - TimeSpan.FromMilliseconds(1));

        Assert.False(traffic.TryStartTrim(Quiet));
        Assert.True(traffic.Untrimmed);
    }

    [Fact]
    public void TryStartTrim_QuietLongEnough_TrimsOnceUntilTrafficComesBack()
    {
        var traffic = new TrafficClock(time);
        traffic.Touch();
        time.Advance(Quiet);

        Assert.True(traffic.TryStartTrim(Quiet));
        time.Advance(TimeSpan.FromHours(1));
        Assert.False(traffic.TryStartTrim(Quiet));

        traffic.Touch();
        time.Advance(Quiet);
        Assert.True(traffic.TryStartTrim(Quiet));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("02:00:00")]
    public void Options_AfterOutOfRange_RefusedWithTheSettingsName(string after)
    {
        var options = new IdleTrimOptions { After = TimeSpan.Parse(after, CultureInfo.InvariantCulture) };
        var errors = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        Assert.Equal("Hosting:IdleTrim:After must be between 1 second and 1 hour.", Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public void TryStartTrim_TrafficKeepsComing_NeverTrims()
    {
        var traffic = new TrafficClock(time);
        for (var i = 0; i < 10; i++)
        {
            traffic.Touch();
            time.Advance(TimeSpan.FromSeconds(20));
            Assert.False(traffic.TryStartTrim(Quiet));
        }
    }
}
