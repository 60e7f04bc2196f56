using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Tests.Connection;

namespace SnowChatOps.Tests.Cards;

public sealed class CardTimeTests
{
    [Fact]
    public void Instant_AnyOffset_IsTheUtcInstantInTheReadersTimeZoneFunctions()
    {
        var at = new DateTimeOffset(2026, 12, 3, 17, 5, 9, TimeSpan.FromHours(8));

        Assert.Equal("{{DATE(2026-12-03T09:05:09Z, SHORT)}} {{TIME(2026-12-03T09:05:09Z)}}", CardTime.Instant(at));
    }

    [Theory]
    [InlineData("en-US", "Saturday, December 26, 2026")]
    [InlineData("zh-CN", "2026年12月26日星期六")]
    public void Day_ReadersCulture_LongDate(string locale, string expected)
    {
        using var scope = CultureScope.Use(locale);

        Assert.Equal(expected, CardTime.Day(new DateOnly(2026, 12, 26)));
    }

    [Fact]
    public void StatusCard_EveryInstant_GoesThroughTheSharedFormat()
    {
        var connection = Connections.Connected() with { LastSuccessAt = new DateTimeOffset(2026, 11, 2, 10, 30, 0, TimeSpan.Zero) };

        var values = new CardTree(StatusCard.Build(connection, "Working")).Objects
            .Where(o => o["value"] is not null && o["title"] is not null).Select(o => (string)o["value"]!).ToList();

        Assert.Contains(values, v => v.EndsWith(CardTime.Instant(connection.ConnectedAt), StringComparison.Ordinal));
        Assert.Contains(values, v => v.Contains(CardTime.Instant(connection.Tokens.AccessExpiresAt), StringComparison.Ordinal));
        Assert.Contains(CardTime.Instant(connection.LastSuccessAt!.Value), values);
        Assert.DoesNotContain(values, v => v.Contains("UTC", StringComparison.Ordinal));
    }
}
