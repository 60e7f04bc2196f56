using SnowChatOps.TestSupport;
using SnowChatOps.TestSupport.Cards;

namespace SnowChatOps.EndToEnd.Cards;

// Guards the validator the unit tests rely on: it must accept what Teams renders and reject what it silently drops.
public sealed class CardValidatorTests
{
    private static readonly string Samples = RepoPaths.Combine("tools", "cards", "samples");

    [Fact]
    public async Task ValidateDirectory_ValidSamples_ReportsNoErrors()
    {
        var report = await AdaptiveCardValidator.ValidateDirectoryAsync(Path.Combine(Samples, "valid"), TestContext.Current.CancellationToken);

        Assert.True(report.AllValid, report.ToString());
    }

    [Theory]
    [InlineData("unknown-property", "unknown property \"colour\"")]
    [InlineData("version-1.6", "version 1.6 is above 1.5")]
    [InlineData("unknown-element", "Unknown element type \"Carousel\"")]
    [InlineData("bad-enum", "Invalid value \"Huge\"")]
    [InlineData("bad-date-function", "malformed DATE/TIME function at $.body[0].text")]
    public async Task ValidateDirectory_InvalidSample_ReportsTheProblem(string card, string expected)
    {
        var report = await AdaptiveCardValidator.ValidateDirectoryAsync(Path.Combine(Samples, "invalid"), TestContext.Current.CancellationToken);

        Assert.Contains(report.Errors[card], e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_InMemoryCards_KeysErrorsByName()
    {
        var cards = new[]
        {
            ("good", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"hi"}]}"""),
            ("bad", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"hi","colour":"Good"}]}"""),
        };

        var report = await AdaptiveCardValidator.ValidateAsync(cards, TestContext.Current.CancellationToken);

        Assert.Empty(report.Errors["good"]);
        Assert.Single(report.Errors["bad"]);
    }
}
