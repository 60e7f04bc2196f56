using Microsoft.Playwright;
using SnowChatOps.EndToEnd.Infrastructure;

namespace SnowChatOps.EndToEnd.Page;

/// <summary>
/// The playground's web page in Debian's headless Chromium (<see cref="HeadlessChromium"/>), opened once per
/// test class: opening it installs the app in the personal chat, so the welcome card arrives exactly once.
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

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.LaunchAsync(playwright);
        Page = await HeadlessChromium.NewPageAsync(browser);
        await Page.GotoAsync(app.PlaygroundUri.ToString());
        await ComposeBox.WaitForAsync();
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
