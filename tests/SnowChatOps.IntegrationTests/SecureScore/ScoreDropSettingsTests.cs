using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.SecureScore.Settings;
using SnowChatOps.Bot.SecureScore.Store;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>The score-drop threshold and the reminders' quiet hours on the admin's <c>securescore-settings</c> card: blank is off, valid values are saved, anything else saves nothing.</summary>
public sealed class ScoreDropSettingsTests : IAsyncLifetime
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private readonly SecureScoreLoopHost host = new();

    public ValueTask InitializeAsync() => new(host.StartAsync(1, ct));

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Settings_Default_ThresholdBlank()
    {
        var card = await SendAsync(new { verb = SecureScoreVerbs.Settings });

        Assert.Equal(string.Empty, Input(card, SecureScoreVerbs.DropThresholdInput));
    }

    [Fact]
    public async Task SettingsSave_Threshold_StoredListedAndShown()
    {
        var card = await SendAsync(Save(" 12.5 "));

        Assert.Equal(12.5, (await Store.GetSettingsAsync(SecureScoreLoopHost.Tenant, ct)).DropThreshold);
        Assert.Equal([SecureScoreLoopHost.Tenant], await Store.ListAlertTenantsAsync(ct));
        Assert.Equal("12.5", Input(card, SecureScoreVerbs.DropThresholdInput));
    }

    [Fact]
    public async Task SettingsSave_BlankAfterThreshold_AlertOff()
    {
        await SendAsync(Save("10"));

        await SendAsync(Save(""));

        Assert.Null((await Store.GetSettingsAsync(SecureScoreLoopHost.Tenant, ct)).DropThreshold);
        Assert.Empty(await Store.ListAlertTenantsAsync(ct));
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("12,5")]
    [InlineData("10000")]
    [InlineData("1.005")]
    [InlineData("12345678")]
    public async Task SettingsSave_BadThreshold_NothingSavedAndCardSaysWhy(string typed)
    {
        await SendAsync(Save("7"));

        var card = await SendAsync(Save(typed));

        var saved = await Store.GetSettingsAsync(SecureScoreLoopHost.Tenant, ct);
        Assert.Equal((7d, false), (saved.DropThreshold, saved.WriteBack));
        Assert.StartsWith("Nothing was saved: the score-drop threshold", (string?)card.SelectToken("$.body[?(@.id == 'secureScoreSettingsError')].text"), StringComparison.Ordinal);
        Assert.Equal("7", Input(card, SecureScoreVerbs.DropThresholdInput)); // the stored value, never the rejected text
    }

    [Fact]
    public async Task SettingsSave_QuietHoursAcrossMidnight_StoredAndShown()
    {
        var card = await SendAsync(Save("", quietFrom: "22:00", quietTo: "7:00"));

        Assert.Equal(new QuietHours(new(22, 0), new(7, 0)), (await Store.GetSettingsAsync(SecureScoreLoopHost.Tenant, ct)).Quiet);
        Assert.Equal(("22:00", "07:00"), (Input(card, SecureScoreVerbs.QuietFromInput), Input(card, SecureScoreVerbs.QuietToInput)));
    }

    [Theory]
    [InlineData("22:00", "")]
    [InlineData("25:00", "07:00")]
    [InlineData("22:00", "22:00")]
    [InlineData("10pm", "07:00")]
    public async Task SettingsSave_BadQuietHours_NothingSavedAndCardSaysWhy(string from, string to)
    {
        var card = await SendAsync(Save("7", from, to));

        Assert.Equal(new SecureScoreSettings(SecureScoreLoopHost.Tenant), await Store.GetSettingsAsync(SecureScoreLoopHost.Tenant, ct));
        Assert.StartsWith("Nothing was saved: quiet hours", (string?)card.SelectToken("$.body[?(@.id == 'secureScoreSettingsError')].text"), StringComparison.Ordinal);
    }

    private ISecureScoreStore Store => host.Store(host.App);

    private static object Save(string threshold, string quietFrom = "", string quietTo = "") =>
        new { verb = SecureScoreVerbs.SettingsSave, writeBack = "false", resolvedState = "ThirdParty", dropThreshold = threshold, quietFrom, quietTo };

    private async Task<JObject> SendAsync(object value)
    {
        await host.App.SendAsync(Turn(value), ct);
        var card = host.App.Adapter.Sent.Concat(host.App.Adapter.Updated).Last(a => a.Attachments?.Count > 0);
        return JObject.FromObject(card.Attachments[0].Content);
    }

    private static string? Input(JObject card, string id) => (string?)card.SelectToken($"$..[?(@.id == '{id}')].value");

    private static Activity Turn(object value) => new()
    {
        Type = ActivityTypes.Message, Value = JObject.FromObject(value), ChannelId = "msteams", Id = Guid.NewGuid().ToString("N"),
        ServiceUrl = "https://smba.test/", Locale = "en-US", From = new ChannelAccount("29:aad-user-1", "Megan Bowen") { AadObjectId = "aad-user-1" },
        Recipient = new ChannelAccount("28:bot", "SnowChatOps"),
        Conversation = new ConversationAccount { Id = "conv-personal", TenantId = SecureScoreLoopHost.Tenant, ConversationType = "personal" },
    };
}
