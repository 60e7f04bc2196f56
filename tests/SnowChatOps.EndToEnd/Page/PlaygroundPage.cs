using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SnowChatOps.EndToEnd.Infrastructure;

namespace SnowChatOps.EndToEnd.Page;

/// <summary>
/// The playground's web page in Debian's headless Chromium (<see cref="HeadlessChromium"/>), opened once per
/// test class: opening it installs the app in the personal chat, and the bot's welcome claim for that chat is
/// released first, so the welcome card arrives on this page whichever test ran before.
/// </summary>
public sealed class PlaygroundPage(RunningApp app) : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The open page.</summary>
    public IPage Page { get; private set; } = null!;

    /// <summary>The message compose box (a Lexical contenteditable).</summary>
    public ILocator ComposeBox => Page.Locator("div[contenteditable='true'][role='textbox']").First;

    /// <summary>Rendered Adaptive Cards whose text contains <paramref name="text"/>.</summary>
    public ILocator CardsContaining(string text) => Page.Locator(".ac-adaptiveCard", new() { HasText = text });

    /// <summary>Rendered Adaptive Cards with a TextBlock whose whole text is <paramref name="text"/> (buttons do not count).</summary>
    public ILocator CardsWithTextBlock(string text) =>
        Page.Locator(".ac-adaptiveCard").Filter(new() { Has = Page.Locator(".ac-textBlock").GetByText(text, new() { Exact = true }) });

    /// <summary>Rendered Adaptive Cards with a TextBlock whose whole text matches <paramref name="text"/>.</summary>
    public ILocator CardsWithTextBlock(Regex text) =>
        Page.Locator(".ac-adaptiveCard").Filter(new() { Has = Page.Locator(".ac-textBlock").GetByText(text) });

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        await app.ForgetWelcomeAsync(app.Teams.PersonalChat.Id, TestContext.Current.CancellationToken);
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.LaunchAsync(playwright);
        Page = await HeadlessChromium.NewPageAsync(browser);
        await Page.GotoAsync(app.PlaygroundUri.ToString());
        await ComposeBox.WaitForAsync();
    }

    /// <summary>Types <paramref name="text"/> in the compose box and sends it.</summary>
    public async Task SendAsync(string text)
    {
        await ComposeBox.ClickAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Clicks the <paramref name="nth"/> button named exactly <paramref name="button"/> on <paramref name="card"/>.</summary>
    public static Task ClickAsync(ILocator card, string button, int nth = 0) =>
        card.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).Nth(nth).ClickAsync();

    /// <summary>Does <paramref name="action"/>, waits until one more card titled <paramref name="title"/> is rendered, and screenshots it.</summary>
    public Task<ILocator> NewCardAsync(string title, string screenshot, Func<Task> action) =>
        NewCardAsync(CardsWithTextBlock(title), screenshot, action);

    /// <summary>Does <paramref name="action"/>, waits until one more of <paramref name="cards"/> is rendered, and screenshots it.</summary>
    public async Task<ILocator> NewCardAsync(ILocator cards, string screenshot, Func<Task> action)
    {
        var before = await cards.CountAsync();

        await action();
        await Assertions.Expect(cards).ToHaveCountAsync(before + 1);
        var card = cards.Last;
        await card.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(screenshot);
        return card;
    }

    /// <summary>Saves a full-page screenshot to TestResults/screenshots/<paramref name="name"/>.png for humans.</summary>
    public Task ScreenshotAsync(string name) => HeadlessChromium.ScreenshotAsync(Page, name);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
