using Microsoft.Playwright;
using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.TestSupport;

namespace SnowChatOps.EndToEnd.Page;

/// <summary>
/// The playground's web page in Debian's headless Chromium (never a Playwright-downloaded browser), opened once per
/// test class: opening it installs the app in the personal chat, so the welcome card arrives exactly once.
/// </summary>
public sealed class PlaygroundPage(RunningApp app) : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The open page.</summary>
    public IPage Page { get; private set; } = null!;

    /// <summary>The message compose box (a Lexical contenteditable).</summary>
    public ILocator ComposeBox => Page.Locator("div[contenteditable='true'][role='textbox']").First;

    /// <summary>Rendered Adaptive Cards whose text contains <paramref name="text"/>.</summary>
    public ILocator CardsContaining(string text) => Page.Locator(".ac-adaptiveCard", new() { HasText = text });

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: `apt-get install -y chromium` (scripts/test.sh does it as root).");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        Page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        Page.SetDefaultTimeout((float)RunningApp.ReplyTimeout.TotalMilliseconds);
        await Page.GotoAsync(app.PlaygroundUri.ToString());
        await ComposeBox.WaitForAsync();
    }

    /// <summary>Saves a full-page screenshot to TestResults/screenshots/<paramref name="name"/>.png for humans.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var path = RepoPaths.Combine("TestResults", "screenshots", name + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.SendDiagnosticMessage($"Screenshot: {path}");
    }

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
