using Microsoft.Playwright;
using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.TestSupport.Playground;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.EndToEnd.Connection;

/// <summary>
/// An admin (the playground's Alex Wilber) connects the tenant to the emulator the way a person would: <c>connect</c>,
/// Next on the prefilled instance, Finish on the prefilled OAuth client, then "Sign in to ServiceNow" in headless
/// Chromium as the integration user, Allow, the bot's callback page, and "Use this account" on the confirmation card
/// in Teams. Records every card on the way for the tests.
/// The connection is shared state in Azurite, so disposing removes it the way an admin would (settings, Remove,
/// confirm) and the other end-to-end tests keep starting from a tenant that is not connected. The bot runs as several
/// instances: the browser's callback is sent to another instance than the one that started the sign-in.
/// </summary>
public sealed class ConnectedByAdmin(RunningApp app) : IAsyncLifetime
{
    public const string ConnectedTitle = "✔ ServiceNow is connected";

    public const string ConfirmTitle = "Signed in to ServiceNow as m365.integration — use this account?";

    private const string Step1Title = "Connect ServiceNow · step 1 of 3";
    private const string Step2Title = "Connect ServiceNow · step 2 of 3";
    private const string AuthorizeTitle = "Connect ServiceNow · step 3 of 3";

    public AdaptiveCardView InstanceStep { get; private set; } = null!;

    public AdaptiveCardView ClientStep { get; private set; } = null!;

    public AdaptiveCardView AuthorizeCard { get; private set; } = null!;

    /// <summary>"Signed in to ServiceNow as … — use this account?", posted after the browser sign-in.</summary>
    public AdaptiveCardView ConfirmCard { get; private set; } = null!;

    public AdaptiveCardView ConnectedCard { get; private set; } = null!;

    /// <summary>The Action.OpenUrl target of "Sign in to ServiceNow".</summary>
    public Uri SignInUrl { get; private set; } = null!;

    /// <summary>Where the browser ended after Allow, and the heading of that page.</summary>
    public Uri BrowserLandedOn { get; private set; } = null!;

    public string CallbackHeading { get; private set; } = string.Empty;

    /// <summary>The bot instance that handled Finish, i.e. created the sign-in state (the proxy's record).</summary>
    public string StateCreatedOn { get; private set; } = string.Empty;

    /// <summary>The bot instance that served the OAuth callback: pinned to another one than <see cref="StateCreatedOn"/>.</summary>
    public string CallbackServedBy { get; private set; } = string.Empty;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        var chat = new AdminChat(app, replies);

        var step1 = await chat.SendAsync("connect", Step1Title, ct);
        InstanceStep = step1.Card;
        var step2 = await chat.PressAsync(step1, "Next", Step2Title, ct, new Dictionary<string, string> { ["instance"] = Value(InstanceStep, "instance") });
        ClientStep = step2.Card;
        var authorize = await chat.PressAsync(step2, "Finish", AuthorizeTitle, ct, new Dictionary<string, string>
        {
            ["clientId"] = Value(ClientStep, "clientId"),
            ["clientSecret"] = string.Empty,
        });
        AuthorizeCard = authorize.Card;
        SignInUrl = new Uri(AuthorizeCard.Action("Sign in to ServiceNow").GetProperty("url").GetString()!);
        StateCreatedOn = (await app.Proxy.ForwardedAsync(ct)).Last(r => r is { Method: "POST", Path: "/api/messages" }).Instance;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await HeadlessChromium.NewPageAsync(browser);
        var callback = await PinCallbackToAnotherInstanceAsync(page);
        var signIn = new ServiceNowSignIn(page, "connect");
        await page.GotoAsync(SignInUrl.ToString());
        await signIn.AllowAsync(ServiceNowSignIn.IntegrationUser, ServiceNowSignIn.IntegrationPassword, app.OAuthCallback);
        BrowserLandedOn = new Uri(page.Url);
        CallbackHeading = await signIn.HeadingAsync();
        CallbackServedBy = await (await callback).HeaderValueAsync(LocalProxyProcess.InstanceHeader) ?? string.Empty;

        var confirm = await chat.NextCardAsync(ConfirmTitle, ct);
        ConfirmCard = confirm.Card;
        ConnectedCard = (await chat.PressAsync(confirm, "Use this account", ConnectedTitle, ct)).Card;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await app.ServiceNowControl.ResetFaultsAsync(ct);
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        await new AdminChat(app, replies).RemoveConnectionAsync(ct);
    }

    /// <summary>
    /// Sends the browser's OAuth callback to an instance other than the one holding the sign-in in memory, had it kept
    /// any: the state, PKCE verifier and client secret must come from Table Storage. Returns the callback's response.
    /// </summary>
    private async Task<Task<IResponse>> PinCallbackToAnotherInstanceAsync(IPage page)
    {
        var other = Enumerable.Range(0, RunningApp.Instances).Select(LocalProxyProcess.InstanceId).First(id => id != StateCreatedOn);
        await page.RouteAsync(app.OAuthCallback + "**", route => route.ContinueAsync(new RouteContinueOptions
        {
            Headers = new Dictionary<string, string>(route.Request.Headers) { [LocalProxyProcess.InstanceHeader] = other },
        }));
        return page.WaitForResponseAsync(r => r.Url.StartsWith(app.OAuthCallback.ToString(), StringComparison.Ordinal));
    }

    private static string Value(AdaptiveCardView card, string inputId) => card.ElementProperty(inputId, "value") ?? string.Empty;
}
