using System.Net;
using System.Net.Http.Headers;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.Connection;

/// <summary>
/// The sign-in is only a candidate until the admin who asked confirms, in Teams, the account it signed in as:
/// someone else's press is refused, a decline or an expired confirmation revokes the tokens, nothing is committed.
/// </summary>
public sealed class SignInConfirmationEmulatorTests
{
    private const string OtherMember = "aad-user-2";

    [Fact]
    public async Task SignIn_CompletedByAnotherPersonAndConfirmedByAnotherMember_RefusedAndNothingCommitted()
    {
        await using var scenario = ConnectionScenario.Start();
        var link = await scenario.StartConnectAsync();
        using var othersBrowser = scenario.NewBrowser();
        await scenario.CallbackAsync(await scenario.SignInAsync(link, user: "abel.tuter", password: "Personal#2026", browser: othersBrowser));
        var ask = scenario.PostedCard();
        var updatesBefore = scenario.Bot.Adapter.Updates.Count;

        var refusal = await scenario.PressAsync(ask, ConnectionScenario.UseThisAccount, userAadObjectId: OtherMember);
        var secondRefusal = await scenario.PressAsync(ask, ConnectionScenario.Discard, userAadObjectId: OtherMember);

        Assert.Equal("Signed in to ServiceNow as abel.tuter — use this account?", ask.Title);
        Assert.Equal("Only Megan Bowen, who started connecting, can confirm or discard this sign-in. Nothing was changed.", refusal.Title);
        Assert.Equal(refusal.Title, secondRefusal.Title);
        Assert.Equal(updatesBefore, scenario.Bot.Adapter.Updates.Count);
        Assert.Null(await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
        Assert.Single(scenario.Bot.PendingConfirmations.All);
    }

    [Fact]
    public async Task SignIn_PersonalAccountFirstYesOnly_NothingCommitted()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.CallbackAsync(await scenario.SignInAsync(await scenario.StartConnectAsync(), user: "abel.tuter", password: "Personal#2026"));

        var second = await scenario.PressAsync(scenario.PostedCard(), ConnectionScenario.UseThisAccount);

        Assert.Equal(["Yes, use the personal account", ConnectionScenario.Discard], second.ActionTitles);
        Assert.Null(await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
        Assert.Single(scenario.Bot.PendingConfirmations.All);
    }

    [Fact]
    public async Task SignIn_AdminDeclines_TokensRevokedAndNothingCommitted()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.CallbackAsync(await scenario.SignInAsync(await scenario.StartConnectAsync(), user: "abel.tuter", password: "Personal#2026"));
        var tokens = Assert.Single(scenario.Bot.PendingConfirmations.All).Tokens;
        var usableWhileHeld = await TokenWorksAsync(scenario, tokens.AccessToken);

        var declined = await scenario.PressAsync(scenario.PostedCard(), ConnectionScenario.Discard);

        Assert.True(usableWhileHeld);
        Assert.StartsWith("Sign-in discarded: SnowChatOps is not connected, and the tokens ServiceNow issued have been revoked.", declined.Title, StringComparison.Ordinal);
        Assert.False(await TokenWorksAsync(scenario, tokens.AccessToken));
        Assert.Empty(scenario.Bot.PendingConfirmations.All);
        Assert.Null(await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SignIn_ConfirmedAfterExpiry_TokensRevokedAndNothingCommitted()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.CallbackAsync(await scenario.SignInAsync(await scenario.StartConnectAsync()));
        var tokens = Assert.Single(scenario.Bot.PendingConfirmations.All).Tokens;
        scenario.Bot.Time.Advance(TimeSpan.FromMinutes(11));

        var late = await scenario.PressAsync(scenario.PostedCard(), ConnectionScenario.UseThisAccount);

        Assert.StartsWith("This confirmation expired", late.Title, StringComparison.Ordinal);
        Assert.False(await TokenWorksAsync(scenario, tokens.AccessToken));
        Assert.Empty(scenario.Bot.PendingConfirmations.All);
        Assert.Null(await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SignIn_ConfirmedTwice_SecondPressFindsItUsed()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.CallbackAsync(await scenario.SignInAsync(await scenario.StartConnectAsync()));
        var ask = scenario.PostedCard();
        await scenario.PressAsync(ask, ConnectionScenario.UseThisAccount);

        var again = await scenario.PressAsync(ask, ConnectionScenario.UseThisAccount);

        Assert.StartsWith("This confirmation is no longer valid", again.Title, StringComparison.Ordinal);
        Assert.NotNull(await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
    }

    private static async Task<bool> TokenWorksAsync(ConnectionScenario scenario, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/now/table/sys_user?sysparm_limit=1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await scenario.Control.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.Unauthorized => false,
            var other => throw new InvalidOperationException($"Unexpected {(int)other} from the emulator."),
        };
    }
}
