using Microsoft.Playwright;
using SnowChatOps.EndToEnd.Infrastructure;

namespace SnowChatOps.EndToEnd.Connection;

/// <summary>
/// What the admin does in the browser after pressing "Sign in to ServiceNow": the instance's login page, then its
/// Allow / Deny page, then wherever ServiceNow redirects (the bot's callback). Screenshots each page for humans.
/// </summary>
internal sealed class ServiceNowSignIn(IPage page, string screenshotPrefix)
{
    /// <summary>The seeded integration user (fake demo values, shown on the emulator's Development login page).</summary>
    public const string IntegrationUser = "m365.integration";

    public const string IntegrationPassword = "Integration#2026";

    /// <summary>
    /// On the instance's login page (where the sign-in link leads), logs in, presses Allow, and waits until the browser
    /// is at <paramref name="redirect"/>.
    /// </summary>
    public async Task AllowAsync(string user, string password, Uri redirect)
    {
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password);
        await HeadlessChromium.ScreenshotAsync(page, screenshotPrefix + "-1-login");
        await page.ClickAsync("#sysverb_login");

        var allow = page.Locator("#allow");
        await allow.WaitForAsync();
        await HeadlessChromium.ScreenshotAsync(page, screenshotPrefix + "-2-consent");
        await allow.ClickAsync();

        // Commit, not load: the heading below is what the test needs, and it has its own wait.
        await page.WaitForURLAsync(url => url.StartsWith(redirect.ToString(), StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("h1").WaitForAsync();
        await HeadlessChromium.ScreenshotAsync(page, screenshotPrefix + "-3-callback");
    }

    /// <summary>The heading of the page the browser is on.</summary>
    public Task<string> HeadingAsync() => page.Locator("h1").InnerTextAsync();
}
