using System.Globalization;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Tests.Cards;

public sealed class CultureScopeTests
{
    [Theory]
    [InlineData("not a culture!")]
    [InlineData("")]
    [InlineData(null)]
    public void Use_BadStoredLocale_FallsBackToEnglishInsteadOfThrowing(string? locale)
    {
        using var scope = CultureScope.Use(locale);

        Assert.Equal("en-US", CultureInfo.CurrentUICulture.Name);
    }

    [Fact]
    public void Use_Disposed_RestoresThePreviousCulture()
    {
        var before = CultureInfo.CurrentUICulture;

        using (CultureScope.Use("zh-CN"))
        {
            Assert.Equal("zh-CN", CultureInfo.CurrentUICulture.Name);
        }

        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }
}
