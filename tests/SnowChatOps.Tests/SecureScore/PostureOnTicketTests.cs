using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.Sharing.Fakes;

namespace SnowChatOps.Tests.SecureScore;

public sealed class PostureOnTicketTests
{
    private static readonly string[] PostureTitles =
        ["Points now", "Category", "Tier", "User impact", "Implementation cost", "Threats mitigated"];

    [Fact]
    public async Task TicketCard_SharedAction_ShowsSecureScoreSection()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        var card = CardReader.From(Assert.Single(await share.SendAsync()));

        Assert.Contains("Microsoft Secure Score", card.Texts);
        Assert.Equal(PostureTitles, card.FactTitles.Skip(6));
        Assert.Equal(["4 / 10", "Identity", "Core", "Low", "Low", "AccountBreach, PasswordCracking"], PostureValues(card));
    }

    [Fact]
    public async Task TicketCard_NoSnapshotReadable_ShowsMaxPointsWithUnknownNow()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        harness.Snapshots.Unavailable = true;
        var share = await ShareScenario.StartAsync(harness);

        var card = CardReader.From(Assert.Single(await share.SendAsync()));

        Assert.Equal("? / 10", PostureValues(card)[0]);
    }

    [Fact]
    public async Task TicketCard_ControlMissingFromSnapshot_ShowsUnknownNow()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        harness.Snapshots.Latest = harness.Snapshots.Latest! with { ControlScores = new Dictionary<string, double>() };
        var share = await ShareScenario.StartAsync(harness);

        var card = CardReader.From(Assert.Single(await share.SendAsync()));

        Assert.Equal("? / 10", PostureValues(card)[0]);
    }

    [Fact]
    public async Task TicketCard_ChineseUser_SecureScoreSectionInChinese()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness, locale: "zh-CN");
        var press = share.PressSend();
        press.Locale = "zh-CN";

        var card = CardReader.From(Assert.Single(await share.SendAsync(press)));

        Assert.Contains("Microsoft 安全分数", card.Texts);
        Assert.Equal(["当前分数", "类别", "层级", "对用户的影响", "实施成本", "缓解的威胁"], card.FactTitles.Skip(6));
        Assert.Equal(["4 / 10", "标识", "Core", "低", "低", "AccountBreach, PasswordCracking"], PostureValues(card));
    }

    [Fact]
    public async Task ShareForm_Description_CarriesSecureScoreContextBeforeImpactAndLink()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var form = await new ShareDriver(harness).TypeAsync("share AdminMFAV2");

        var description = form.Json.SelectToken("$..[?(@.id == 'description')].value")!.ToString();
        Assert.Contains(
            "Microsoft Secure Score\nPoints now: 4 / 10\nCategory: Identity\nTier: Core\nUser impact: Low\n"
            + "Implementation cost: Low\nThreats mitigated: AccountBreach, PasswordCracking\n\nImpact: Admins are prompted",
            description,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShareSend_ServiceNowDescription_CarriesSecureScoreContext()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        await share.SendAsync();

        var (_, sent) = Assert.Single(harness.ServiceNow.Sent);
        Assert.Contains("Points now: 4 / 10", sent.Description, StringComparison.Ordinal);
        Assert.Contains("Threats mitigated: AccountBreach, PasswordCracking", sent.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void PostureText_HostileGraphWords_AreStrippedAndBounded()
    {
        var posture = new ActionPosture(
            "X", 1.5, 3, ActionCategory.Data, "Core\u0007\n", "moderate", "weird", [new string('t', 200), "A\u0000B", "a\u0000b"]);

        var facts = PostureText.Facts(posture).ToDictionary(f => f.Key, f => f.Value);

        Assert.Equal("1.5 / 3", facts["Points now"]);
        Assert.Equal("Core", facts["Tier"]);
        Assert.Equal("Moderate", facts["User impact"]);
        Assert.Equal("weird", facts["Implementation cost"]);
        var threats = facts["Threats mitigated"].Split(", ");
        Assert.Equal(60, threats[0].Length);
        Assert.Equal(["AB"], threats.Skip(1));
    }

    private static List<string> PostureValues(CardReader card) =>
        card.Json.SelectTokens("$..facts[*].value").Select(v => (string)v!).Skip(6).ToList();
}
