using Microsoft.Playwright;
using SnowChatOps.EndToEnd.Connection;
using SnowChatOps.EndToEnd.Infrastructure;

namespace SnowChatOps.EndToEnd.Page;

// Drives the real playground page, so a change in its undocumented REST surface cannot hide a broken app.
public sealed class PlaygroundPageTests(PlaygroundPage playground, RunningApp app) : IClassFixture<PlaygroundPage>
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

    // The whole demo path as a person clicks it; it ends by removing the connection (settings, Remove, confirm) so the
    // other tests still start from a tenant that is not connected.
    [Fact]
    public async Task Connect_ClickedThroughInThePage_SignsInInAPopupAndRendersTheConnectedCard()
    {
        await SendAsync("connect");
        var instance = await CardAsync("step 1 of 2", "page-connect-1-instance");
        var prefilled = await instance.GetByRole(AriaRole.Textbox).First.InputValueAsync();
        await instance.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        var client = await CardAsync("step 2 of 2", "page-connect-2-client");
        await client.GetByRole(AriaRole.Button, new() { Name = "Finish" }).ClickAsync();
        var authorize = await CardAsync("step 3 of 3", "page-connect-3-authorize");
        // Action.OpenUrl renders as a link; the playground opens it in a new window (noopener), as Teams opens a browser.
        var popup = await playground.Page.Context.RunAndWaitForPageAsync(
            () => authorize.GetByRole(AriaRole.Link, new() { Name = "Sign in to ServiceNow" }).ClickAsync());
        await new ServiceNowSignIn(popup, "page-connect-signin")
            .AllowAsync(ServiceNowSignIn.IntegrationUser, ServiceNowSignIn.IntegrationPassword, app.OAuthCallback);
        await popup.CloseAsync();
        var connected = await CardAsync(ConnectedByAdmin.ConnectedTitle, "page-connect-4-connected");
        var connectedText = await connected.InnerTextAsync();
        await SendAsync("settings");
        var settings = await CardAsync("Manage ServiceNow configuration", "page-connect-5-settings");
        await settings.GetByRole(AriaRole.Button, new() { Name = "Remove the connection" }).ClickAsync();
        var confirm = await CardAsync("Remove the ServiceNow connection?", "page-connect-6-confirm-remove");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Remove", Exact = true }).ClickAsync();
        await CardAsync("The ServiceNow connection was removed.", "page-connect-7-removed");

        Assert.Equal(app.ServiceNowInstance.ToString().TrimEnd('/'), prefilled);
        Assert.Contains("m365.integration", connectedText, StringComparison.Ordinal);
    }

    private async Task SendAsync(string text)
    {
        await playground.ComposeBox.ClickAsync();
        await playground.Page.Keyboard.TypeAsync(text);
        await playground.Page.Keyboard.PressAsync("Enter");
    }

    private async Task<ILocator> CardAsync(string text, string screenshot)
    {
        var card = playground.CardsContaining(text).Last;
        await card.WaitForAsync();
        await card.ScrollIntoViewIfNeededAsync();
        await playground.ScreenshotAsync(screenshot);
        return card;
    }
}
