using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.Sharing.Fakes;

namespace SnowChatOps.Tests.Sharing;

public sealed class ShareFormTests
{
    [Fact]
    public async Task Share_KnownAction_ShowsPrefilledFormWithSeedDefaults()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var form = await new ShareDriver(harness).TypeAsync("share AdminMFAV2");

        Assert.Equal("Share to ServiceNow", form.Title);
        Assert.Equal("Require MFA for administrative roles", Input(form, "name")["value"]!.ToString());
        Assert.Equal("1", Input(form, "priority")["value"]!.ToString());
        Assert.Equal("2026-12-26", Input(form, "dueDate")["value"]!.ToString());
        Assert.Equal("2026-11-26", Input(form, "dueDate")["min"]!.ToString());
        Assert.Equal("change_request", Input(form, "type")["value"]!.ToString());
        Assert.Equal("Microsoft", Input(form, "source")["value"]!.ToString());
        Assert.Equal("Identity", Input(form, "category")["value"]!.ToString());
        Assert.Equal("share-submit", form.VerbOf("Send to ServiceNow"));
    }

    [Fact]
    public async Task Share_Form_MarksRequiredFieldsWithClientSideRules()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var form = await new ShareDriver(harness).TypeAsync("share AdminMFAV2");

        Assert.All(form.Json.SelectTokens("$..[?(@.type =~ /^Input\\..*/)]"), input => Assert.True((bool)input["isRequired"]!));
        Assert.Equal(160, (int)Input(form, "name")["maxLength"]!);
        Assert.Equal(4000, (int)Input(form, "description")["maxLength"]!);
        Assert.Equal("Enter a name of up to 160 characters.", Input(form, "name")["errorMessage"]!.ToString());
    }

    [Fact]
    public async Task Share_Description_HoldsRemediationImpactAndLink()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var form = await new ShareDriver(harness).TypeAsync("share adminmfav2");

        var description = Input(form, "description")["value"]!.ToString();
        Assert.StartsWith("Do the thing.", description, StringComparison.Ordinal);
        Assert.Contains("Impact: Admins are prompted for a second factor.", description, StringComparison.Ordinal);
        Assert.EndsWith("Microsoft 365: https://security.microsoft.com/securescore?actionId=AdminMFAV2", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShareButton_OnTheList_PostsTheFormAsANewCard()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var replies = await new ShareDriver(harness).SendAsync(Activities.Submit(new { verb = "share", arg = "DeviceEncryption" }, replyToId: "list-1"));

        Assert.Equal("Share to ServiceNow", CardReader.From(Assert.Single(replies)).Title);
        Assert.Empty(harness.Adapter.Updates);
    }

    [Fact]
    public async Task Share_NotConnected_ShowsAuthorizeCardInsteadOfForm()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        await harness.DisconnectServiceNowAsync();

        var card = await new ShareDriver(harness).TypeAsync("share AdminMFAV2");

        Assert.Equal("Authorize ServiceNow first", card.Title);
        Assert.Equal(["Connect to ServiceNow"], card.ActionTitles);
        Assert.Equal("connect", card.VerbOf("Connect to ServiceNow"));
    }

    [Fact]
    public async Task Share_UnknownAction_SaysSoWithoutAForm()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var reply = Assert.Single(await new ShareDriver(harness).SendAsync(Activities.Text("share NoSuchControl")));

        Assert.Equal("I can't find the improvement action \"NoSuchControl\". Type **actions** to browse them.", reply.Text);
    }

    [Fact]
    public async Task Share_WithoutId_ExplainsUsage()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var reply = Assert.Single(await new ShareDriver(harness).SendAsync(Activities.Text("share")));

        Assert.Contains("share AdminMFAV2", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_ChineseLocale_LocalizesLabelsAndChoices()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var form = await new ShareDriver(harness).TypeAsync("share AdminMFAV2", "zh-CN");

        Assert.Equal("共享到 ServiceNow", form.Title);
        Assert.Equal("名称", Input(form, "name")["label"]!.ToString());
        Assert.Contains(Input(form, "priority")["choices"]!, c => (string?)c["title"] == "1 - 严重");
    }

    internal static Newtonsoft.Json.Linq.JToken Input(CardReader card, string id) =>
        card.Json.SelectTokens("$..[?(@.id)]").Single(t => (string?)t["id"] == id);
}
