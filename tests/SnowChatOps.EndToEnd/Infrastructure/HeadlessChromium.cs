using Microsoft.Playwright;
using SnowChatOps.TestSupport;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.EndToEnd.Infrastructure;

/// <summary>Debian's Chromium, headless, through Microsoft.Playwright (never a Playwright-downloaded browser).</summary>
public static class HeadlessChromium
{
    private const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Launches a fresh headless browser (its own temporary profile).</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: `apt-get install -y chromium` (scripts/test.sh does it as root).");
        }

        return await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
    }

    /// <summary>Opens a page whose waits time out with <see cref="RunningApp.ReplyTimeout"/>.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        // The user's browser in the same zone as the playground's mock user, so both agree on "today".
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, TimezoneId = PlaygroundProcess.UserTimeZone });
        page.SetDefaultTimeout((float)RunningApp.ReplyTimeout.TotalMilliseconds);
        return page;
    }

    /// <summary>Saves a full-page screenshot to TestResults/screenshots/<paramref name="name"/>.png for humans.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = RepoPaths.Combine("TestResults", "screenshots", name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.SendDiagnosticMessage($"Screenshot: {path}");
    }
}
