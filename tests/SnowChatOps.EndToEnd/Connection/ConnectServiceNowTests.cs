using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.TestSupport.Cards;
using SnowChatOps.TestSupport.Emulator;
using SnowChatOps.TestSupport.Playground;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.EndToEnd.Connection;

// Issue 4's demo path, end to end: the fixture connects (REST playground + Chromium sign-in) and removes afterwards.
public sealed class ConnectServiceNowTests(RunningApp app, ConnectedByAdmin connected) : IClassFixture<ConnectedByAdmin>
{
    private const string ChecklistTitle = "ServiceNow troubleshooting checklist";
    private static readonly string[] Marks = ["✔", "⚠", "✖", "ℹ"];

    [Fact]
    public void ConnectCard_InDevelopment_PrefillsTheEmulatorInstance()
    {
        var instance = connected.InstanceStep.ElementProperty("instance", "value");

        Assert.Equal(app.ServiceNowInstance.ToString().TrimEnd('/'), instance);
    }

    [Fact]
    public void ClientStep_InDevelopment_PrefillsClientIdAndKeepsTheSecretOutOfTheCard()
    {
        var card = connected.ClientStep;

        Assert.Equal("snowchatops-dev-client", card.ElementProperty("clientId", "value"));
        Assert.Equal("password", card.ElementProperty("clientSecret", "style"));
        Assert.Contains("A client secret is already filled in (hidden). Leave the field empty to keep it, or type a new one.", card.TextBlocks);
        Assert.DoesNotContain(BotProcess.EmulatorClientSecret, card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorizeCard_AfterFinish_OpensTheInstanceAuthorizePageWithPkce()
    {
        var url = connected.SignInUrl;

        Assert.Equal(app.ServiceNowInstance.Authority, url.Authority);
        Assert.Equal("/oauth_auth.do", url.AbsolutePath);
        Assert.Contains("code_challenge_method=S256", url.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void SignIn_AsIntegrationUserThenAllow_LandsOnTheBotsCloseThisTabPage()
    {
        var landedOn = connected.BrowserLandedOn.GetLeftPart(UriPartial.Path);

        Assert.Equal(app.OAuthCallback.ToString(), landedOn);
        Assert.Equal("You can close this tab", connected.CallbackHeading);
    }

    [Fact]
    public void SignIn_Allowed_AsksTheAdminToConfirmTheAccountBeforeConnecting()
    {
        var card = connected.ConfirmCard;

        Assert.Contains("This is an integration user, as the setup asks for.", card.TextBlocks);
        Assert.Equal("connect-confirm", card.SubmitData("Use this account")["verb"]);
        Assert.Equal("connect-decline", card.SubmitData("No, discard this sign-in")["verb"]);
    }

    [Fact]
    public void SignIn_CallbackOnAnotherInstanceThanTheOneThatStartedIt_Connects()
    {
        var (startedOn, calledBack) = (connected.StateCreatedOn, connected.CallbackServedBy);

        Assert.StartsWith("bot-", startedOn, StringComparison.Ordinal);
        Assert.StartsWith("bot-", calledBack, StringComparison.Ordinal);
        Assert.NotEqual(startedOn, calledBack);
        Assert.Contains("m365.integration", connected.ConnectedCard.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SignIn_AllowedAndConfirmed_PostsConnectedCardAsTheIntegrationUserWithoutWarnings()
    {
        var card = connected.ConnectedCard;

        Assert.Contains("m365.integration", card.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(card.TextBlocks, t => Marks.Skip(1).Any(m => t.StartsWith(m, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Diagnose_Connected_ShowsOnlyPassedChecks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var replies = await app.Playground.OpenStreamAsync(ct);

        var checklist = await new AdminChat(app, replies).SendAsync("diagnose", ChecklistTitle, ct);

        var checks = CheckLines(checklist.Card);
        Assert.Contains("✔ OAuth application registry entry readable", checks);
        Assert.All(checks, line => Assert.StartsWith("✔ ", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diagnose_CrossScopeFaultOnInstance_FailsTheOAuthEntityCheckWithTheFix()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        await app.ServiceNowControl.SetFaultsAsync(new EmulatorFaults { CrossScopeOAuthEntity = true }, ct);
        CardMessage checklist;
        try
        {
            checklist = await new AdminChat(app, replies).SendAsync("diagnose", ChecklistTitle, ct);
        }
        finally
        {
            await app.ServiceNowControl.ResetFaultsAsync(ct);
        }

        var lines = checklist.Card.TextBlocks.ToList();
        var failed = lines.IndexOf("✖ OAuth application registry entry readable");
        Assert.True(failed >= 0, string.Join(Environment.NewLine, lines));
        Assert.Contains("cross-scope access policy", lines[failed + 1], StringComparison.Ordinal);
        Assert.Contains("Set the Application Registries table (oauth_entity) back to its defaults", lines[failed + 1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectCards_AsSentByBot_PassTeamsCardValidator()
    {
        (string Name, string Json)[] cards =
        [
            ("connect-instance", connected.InstanceStep.ToString()), ("connect-client", connected.ClientStep.ToString()),
            ("connect-authorize", connected.AuthorizeCard.ToString()), ("connect-confirm-account", connected.ConfirmCard.ToString()),
            ("connected", connected.ConnectedCard.ToString()),
        ];

        var report = await AdaptiveCardValidator.ValidateAsync(cards, TestContext.Current.CancellationToken);

        Assert.True(report.AllValid, report.ToString());
    }

    private static List<string> CheckLines(AdaptiveCardView card) =>
        [.. card.TextBlocks.Where(t => Marks.Any(m => t.StartsWith(m + " ", StringComparison.Ordinal)))];
}
