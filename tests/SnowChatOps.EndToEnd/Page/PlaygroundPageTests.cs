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
    public async Task Connect_ClickedThroughInThePage_SignsInInAPopupConfirmsTheAccountAndRendersTheConnectedCard()
    {
        var instance = await NewCardAsync("Connect ServiceNow · step 1 of 3", "page-connect-1-instance", () => SendAsync("connect"));
        var prefilled = await instance.GetByRole(AriaRole.Textbox).First.InputValueAsync();
        var client = await NewCardAsync("Connect ServiceNow · step 2 of 3", "page-connect-2-client", () => ClickAsync(instance, "Next"));
        var authorize = await NewCardAsync("Connect ServiceNow · step 3 of 3", "page-connect-3-authorize", () => ClickAsync(client, "Finish"));
        // Action.OpenUrl renders as a link; the playground opens it in a new window (noopener), as Teams opens a browser.
        var confirmAccount = await NewCardAsync(ConnectedByAdmin.ConfirmTitle, "page-connect-4-confirm-account", async () =>
        {
            var popup = await playground.Page.Context.RunAndWaitForPageAsync(
                () => authorize.GetByRole(AriaRole.Link, new() { Name = "Sign in to ServiceNow" }).ClickAsync());
            await new ServiceNowSignIn(popup, "page-connect-signin")
                .AllowAsync(ServiceNowSignIn.IntegrationUser, ServiceNowSignIn.IntegrationPassword, app.OAuthCallback);
            await popup.CloseAsync();
        });
        var connected = await NewCardAsync(ConnectedByAdmin.ConnectedTitle, "page-connect-4b-connected", () => ClickAsync(confirmAccount, "Use this account"));
        var connectedText = await connected.InnerTextAsync();
        await NewCardAsync("ServiceNow troubleshooting checklist", "page-connect-5-diagnose", () => SendAsync("diagnose"));
        var settings = await NewCardAsync("Manage ServiceNow configuration", "page-connect-6-settings", () => SendAsync("settings"));
        var confirm = await NewCardAsync("Remove the ServiceNow connection?", "page-connect-7-confirm-remove", () => ClickAsync(settings, "Remove the connection"));
        await NewCardAsync(AdminChat.RemovedText, "page-connect-8-removed", () => ClickAsync(confirm, "Remove"));

        Assert.Equal(app.ServiceNowInstance.ToString().TrimEnd('/'), prefilled);
        Assert.Contains("m365.integration (integration user)", connectedText, StringComparison.Ordinal);
    }

    private Task SendAsync(string text) => playground.SendAsync(text);

    private static Task ClickAsync(ILocator card, string button) => PlaygroundPage.ClickAsync(card, button);

    private Task<ILocator> NewCardAsync(string title, string screenshot, Func<Task> action) => playground.NewCardAsync(title, screenshot, action);
}
