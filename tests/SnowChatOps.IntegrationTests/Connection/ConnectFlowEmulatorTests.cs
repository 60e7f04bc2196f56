using System.Net;
using SnowChatOps.Bot.Connection;
using SnowChatOps.IntegrationTests.Emulator;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.Connection;

/// <summary>The whole OAuth dance from Teams to the emulator's login and consent pages and back.</summary>
public sealed class ConnectFlowEmulatorTests
{
    [Fact]
    public async Task Connect_IntegrationUserAllows_AsksToConfirmThenStoresConnection()
    {
        await using var scenario = ConnectionScenario.Start();
        var callback = await scenario.SignInAsync(await scenario.StartConnectAsync());

        var page = await scenario.CallbackAsync(callback);
        var ask = scenario.PostedCard();
        var heldBeforeConfirming = await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken);
        var card = await scenario.PressAsync(ask, ConnectionScenario.UseThisAccount);

        Assert.Equal(200, page.StatusCode);
        Assert.Equal("You can close this tab", page.Title);
        Assert.Equal("Signed in to ServiceNow as m365.integration — use this account?", ask.Title);
        Assert.Null(heldBeforeConfirming);
        Assert.Equal("✔ ServiceNow is connected", card.Title);
        Assert.Empty(scenario.Bot.PendingConfirmations.All);
        Assert.DoesNotContain(card.Texts, t => t.StartsWith("Connected, with warnings", StringComparison.Ordinal));
        var connection = await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken);
        Assert.NotNull(connection);
        Assert.Equal("m365.integration", connection.ConnectedAsUserName);
        Assert.True(connection.ConnectedAsIntegrationUser);
        Assert.StartsWith("Zurich", connection.Version, StringComparison.Ordinal);
        Assert.Equal("Megan Bowen", connection.ConnectedByName);
        Assert.Empty(scenario.Bot.PendingAuthorizations.All);
        Assert.Equal("Sign-in finished: the result is below. This sign-in link has been used.", scenario.RetiredSignInCard?.Title);
    }

    [Fact]
    public async Task Callback_SameStateTwice_SecondIsRefusedAndNothingPosted()
    {
        await using var scenario = ConnectionScenario.Start();
        var callback = await scenario.SignInAsync(await scenario.StartConnectAsync());
        await scenario.CallbackAsync(callback);
        scenario.PostedCard();

        var replay = await scenario.CallbackAsync(callback);

        Assert.Equal(400, replay.StatusCode);
        Assert.Equal("This sign-in link is no longer valid", replay.Title);
        Assert.Null(scenario.Bot.Adapter.GetNextReply());
    }

    [Fact]
    public async Task Callback_AfterSignInLinkExpired_IsRefused()
    {
        await using var scenario = ConnectionScenario.Start();
        var callback = await scenario.SignInAsync(await scenario.StartConnectAsync());
        scenario.Bot.Time.Advance(TimeSpan.FromMinutes(11));

        var page = await scenario.CallbackAsync(callback);

        Assert.Equal(400, page.StatusCode);
        Assert.Null(await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Connect_AdminPressesDeny_ToldItWasDeclinedAndNothingStored()
    {
        await using var scenario = ConnectionScenario.Start();
        var callback = await scenario.SignInAsync(await scenario.StartConnectAsync(), decision: "deny");

        await scenario.CallbackAsync(callback);

        Assert.Equal("access_denied", callback.Error);
        Assert.StartsWith("ServiceNow sign-in was declined", scenario.PostedCard().Title, StringComparison.Ordinal);
        Assert.Null(await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Connect_WrongClientSecret_ExplainsLikelyCausesAndStoresNothing()
    {
        await using var scenario = ConnectionScenario.Start();
        var callback = await scenario.SignInAsync(await scenario.StartConnectAsync(clientSecret: "not-the-secret"));

        await scenario.CallbackAsync(callback);

        var card = scenario.PostedCard();
        Assert.Equal("✖ ServiceNow did not accept the connection", card.Title);
        Assert.Contains(card.Texts, t => t.Contains("wrong client secret", StringComparison.Ordinal) || t.Contains("client ID or secret", StringComparison.Ordinal));
        Assert.Null(await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Connect_InstanceOlderThanKingston_RefusedWithSeedWordingAndNothingKept()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.SetFaultsAsync(new { instanceVersion = "glide-jakarta-05-03-2017__patch4-09-13-2017" });
        var callback = await scenario.SignInAsync(await scenario.StartConnectAsync());

        await scenario.CallbackAsync(callback);

        var card = await scenario.PressAsync(scenario.PostedCard(), ConnectionScenario.UseThisAccount);
        Assert.Contains(card.Texts, t => t.StartsWith("SnowChatOps needs ServiceNow Kingston or later", StringComparison.Ordinal));
        Assert.Null(await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Connect_SignedInWithPersonalAccount_NeedsSecondConfirmationThenConnectsWithWarning()
    {
        await using var scenario = ConnectionScenario.Start();
        var callback = await scenario.SignInAsync(await scenario.StartConnectAsync(), user: "abel.tuter", password: "Personal#2026");
        await scenario.CallbackAsync(callback);
        var ask = scenario.PostedCard();

        var second = await scenario.PressAsync(ask, ConnectionScenario.UseThisAccount);
        var notYet = await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken);
        var card = await scenario.PressAsync(second, "Yes, use the personal account");

        Assert.Contains(ask.Texts, t => t.StartsWith("abel.tuter looks like a personal account", StringComparison.Ordinal));
        Assert.Equal("Connect with the personal account abel.tuter?", second.Title);
        Assert.Null(notYet);
        Assert.Contains("Connected, with warnings. Fix these and run **diagnose**:", card.Texts);
        Assert.Contains(card.Texts, t => t.Contains("abel.tuter, which looks like a personal account", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Connect_TwoAdminsAtOnce_SecondSignInIsNotUsed()
    {
        await using var scenario = ConnectionScenario.Start();
        var first = await scenario.StartConnectAsync();
        var second = await scenario.StartConnectAsync();
        var firstCallback = await scenario.SignInAsync(first);
        using var otherBrowser = scenario.NewBrowser();
        var secondCallback = await scenario.SignInAsync(second, browser: otherBrowser);

        await scenario.CallbackAsync(firstCallback);
        var firstAsk = scenario.PostedCard();
        await scenario.CallbackAsync(secondCallback);
        var secondAsk = scenario.PostedCard();
        await scenario.PressAsync(firstAsk, ConnectionScenario.UseThisAccount);

        var late = await scenario.PressAsync(secondAsk, ConnectionScenario.UseThisAccount);

        Assert.StartsWith("Megan Bowen connected ServiceNow while you were signing in", late.Title, StringComparison.Ordinal);
    }
}
