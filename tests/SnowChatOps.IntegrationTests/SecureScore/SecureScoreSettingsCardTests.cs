using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.SecureScore.Settings;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>The admin's <c>securescore-settings</c> card on the real composition root: off by default, saved only when valid.</summary>
public sealed class SecureScoreSettingsCardTests : IAsyncLifetime
{
    private const string Admin = "aad-user-1";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private readonly SecureScoreLoopHost host = new();

    public ValueTask InitializeAsync() => new(host.StartAsync(1, ct));

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Settings_Admin_WriteBackOffAndThirdPartyByDefault()
    {
        var card = await SendAsync(Turn(Admin, text: "securescore-settings"));

        Assert.Equal("Microsoft Secure Score", (string?)card.SelectToken("$.body[0].text"));
        Assert.Equal("false", Input(card, SecureScoreVerbs.WriteBackInput));
        Assert.Equal("ThirdParty", Input(card, SecureScoreVerbs.ResolvedStateInput));
    }

    [Fact]
    public async Task SettingsSave_OnWithReviewed_StoredAndShown()
    {
        var card = await SendAsync(Turn(Admin, value: new { verb = SecureScoreVerbs.SettingsSave, writeBack = "true", resolvedState = "Reviewed" }));

        var saved = await Store.GetSettingsAsync(SecureScoreLoopHost.Tenant, ct);
        Assert.Equal((true, "Reviewed"), (saved.WriteBack, saved.ResolvedState));
        Assert.Equal("true", Input(card, SecureScoreVerbs.WriteBackInput));
        Assert.Equal("Saved. Ticket changes are now written back to Secure Score.", host.App.Adapter.Sent.Last().Text);
    }

    [Fact]
    public async Task SettingsSave_StateNotOffered_NothingSavedAndCardSaysWhy()
    {
        var card = await SendAsync(Turn(Admin, value: new { verb = SecureScoreVerbs.SettingsSave, writeBack = "true", resolvedState = "Ignored" }));

        Assert.False((await Store.GetSettingsAsync(SecureScoreLoopHost.Tenant, ct)).WriteBack);
        Assert.StartsWith("Nothing was saved", (string?)card.SelectToken("$.body[?(@.id == 'secureScoreSettingsError')].text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_LastWriteRefused_CardNamesTheMissingPermission()
    {
        await Store.SaveSettingsAsync(new SecureScoreSettings(SecureScoreLoopHost.Tenant) { WriteBack = true, LastFailure = "forbidden" }, ct);

        var card = await SendAsync(Turn(Admin, text: "securescore-settings"));

        Assert.Contains("SecurityEvents.ReadWrite.All", (string?)card.SelectToken("$.body[?(@.id == 'secureScoreLastFailure')].text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsSave_NotAdmin_RefusedAndNothingSaved()
    {
        await host.App.SendAsync(Turn("aad-user-2", value: new { verb = SecureScoreVerbs.SettingsSave, writeBack = "true", resolvedState = "Reviewed" }), ct);

        Assert.False((await Store.GetSettingsAsync(SecureScoreLoopHost.Tenant, ct)).WriteBack);
        Assert.Contains("admin", host.App.Adapter.Sent.Last().Text, StringComparison.OrdinalIgnoreCase);
    }

    private ISecureScoreStore Store => host.Store(host.App);

    private async Task<JObject> SendAsync(Activity activity)
    {
        await host.App.SendAsync(activity, ct);
        var card = host.App.Adapter.Sent.Concat(host.App.Adapter.Updated).Last(a => a.Attachments?.Count > 0);
        return JObject.FromObject(card.Attachments[0].Content);
    }

    private static string? Input(JObject card, string id) => (string?)card.SelectToken($"$..[?(@.id == '{id}')].value");

    private static Activity Turn(string aadUser, string? text = null, object? value = null) => new()
    {
        Type = ActivityTypes.Message, Text = text, Value = value is null ? null : JObject.FromObject(value), ChannelId = "msteams", Id = Guid.NewGuid().ToString("N"),
        ServiceUrl = "https://smba.test/", Locale = "en-US", From = new ChannelAccount("29:" + aadUser, "Megan Bowen") { AadObjectId = aadUser },
        Recipient = new ChannelAccount("28:bot", "SnowChatOps"),
        Conversation = new ConversationAccount { Id = "conv-personal", TenantId = SecureScoreLoopHost.Tenant, ConversationType = "personal" },
    };
}
