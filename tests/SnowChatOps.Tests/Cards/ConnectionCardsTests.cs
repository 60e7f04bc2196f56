using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Tests.Connection;

namespace SnowChatOps.Tests.Cards;

// AuthorizeCard, ChecklistCard, StatusCard and ResultCards: the one thing each must get right.
public sealed class ConnectionCardsTests
{
    [Fact]
    public void Authorize_SignInButton_OpensTheAuthorizeUrlInTheBrowser()
    {
        var card = new CardTree(AuthorizeCard.Build("Connect ServiceNow · step 3 of 3", SampleCards.SignInUrl, TimeSpan.FromMinutes(10)));

        var signIn = card.Actions.First();
        Assert.Equal("Action.OpenUrl", (string?)signIn["type"]);
        Assert.Equal(SampleCards.SignInUrl, new Uri((string)signIn["url"]!));
    }

    [Fact]
    public void Checklist_FailedCheck_ShowsACrossInAttentionWithTheFixBelow()
    {
        var failed = new CheckResult("OAuth application registry entry readable", CheckOutcome.Failed, "Set the defaults.");

        var texts = new CardTree(ChecklistCard.Build("Checklist", [failed], offerAuthorize: false)).Objects
            .Where(o => (string?)o["type"] == "TextBlock").ToList();

        Assert.Equal("✖ OAuth application registry entry readable", (string?)texts[1]["text"]);
        Assert.Equal("Attention", (string?)texts[1]["color"]);
        Assert.Equal("Set the defaults.", (string?)texts[2]["text"]);
    }

    [Fact]
    public void Status_Connected_ShowsNeitherTheClientSecretNorAnyToken()
    {
        var connection = Connections.Connected();

        var json = new CardTree(StatusCard.Build(connection, "Working")).Json;

        Assert.DoesNotContain(connection.ClientSecret, json, StringComparison.Ordinal);
        Assert.DoesNotContain(connection.Tokens.AccessToken, json, StringComparison.Ordinal);
        Assert.DoesNotContain(connection.Tokens.RefreshToken, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_NeedsAuthorization_OffersAuthorizeFirst()
    {
        var connection = Connections.Connected() with { Status = ConnectionStatus.NeedsAuthorization };

        var card = new CardTree(StatusCard.Build(connection, "Needs authorization"));

        Assert.Equal(ConnectionVerbs.Reprovision, (string?)card.Actions.First()["data"]!["verb"]);
    }

    [Fact]
    public void Status_NotConnected_OffersConnect()
    {
        var card = new CardTree(StatusCard.NotConnected());

        Assert.Equal(ConnectionVerbs.Connect, (string?)card.Actions.First()["data"]!["verb"]);
    }

    [Fact]
    public void ResultConnected_WithWarnings_ListsOnlyTheFailedAndWarningChecks()
    {
        var card = new CardTree(ResultCards.Connected(Connections.Connected(), SampleCards.Checks()));

        var checkLines = card.Texts.Where(t => "✔⚠✖ℹ".Contains(t[0], StringComparison.Ordinal)).ToList();

        Assert.Equal(["✔ ServiceNow is connected", "✖ OAuth application registry entry readable", "⚠ Connected as the integration user"], checkLines);
    }

    [Fact]
    public void ResultNeedsAuthorization_OffersAuthorizeAndDiagnose()
    {
        var card = new CardTree(ResultCards.NeedsAuthorization("https://contoso.service-now.com"));

        Assert.Equal([ConnectionVerbs.Reprovision, ConnectionVerbs.Diagnose], card.Actions.Select(a => (string)a["data"]!["verb"]!));
    }
}
