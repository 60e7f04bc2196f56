using Microsoft.Playwright;

namespace SnowChatOps.EndToEnd.Page;

// Drives the real playground page, so a change in its undocumented REST surface cannot hide a broken app.
public sealed class PlaygroundPageTests(PlaygroundPage playground) : IClassFixture<PlaygroundPage>
{
    [Fact]
    public async Task PageOpened_WelcomeCard_ShowsThreeButtons()
    {
        var welcome = playground.CardsContaining("Do you use ServiceNow?").Last;

        await welcome.WaitForAsync();
        await playground.ScreenshotAsync("welcome-card");

        Assert.Equal(
            ["Connect to ServiceNow", "What data is shared", "Help"],
            await welcome.Locator(".ac-actionSet").Last.GetByRole(AriaRole.Button).AllInnerTextsAsync());
    }

    [Fact]
    public async Task Help_TypedInComposeBox_RendersCommandsCard()
    {
        var helpCards = playground.CardsContaining("SnowChatOps commands");
        var before = await helpCards.CountAsync();

        await playground.ComposeBox.ClickAsync();
        await playground.Page.Keyboard.TypeAsync("help");
        await playground.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(helpCards).ToHaveCountAsync(before + 1);
        await playground.ScreenshotAsync("help-card");

        Assert.True(await helpCards.Last.IsVisibleAsync());
    }
}
