using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.Sharing.Fakes;

namespace SnowChatOps.Tests.Sharing;

public sealed class BrowseTests
{
    [Fact]
    public async Task Actions_Typed_ListsTopActionsByScoreWithShareAndOpenButtons()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var card = await new ShareDriver(harness).TypeAsync("actions");

        Assert.Equal("Secure Score improvement actions", card.Title);
        Assert.Contains("Showing 1–5 of 12, top by score impact", card.Texts);
        var first = card.Json.SelectToken("$.body[3].items[3].actions")!;
        Assert.Equal("Share to ServiceNow", (string?)first[0]!["title"]);
        Assert.Equal("share", (string?)first[0]!["data"]!["verb"]);
        Assert.Equal("AdminMFAV2", (string?)first[0]!["data"]!["arg"]);
        Assert.Equal("Action.OpenUrl", (string?)first[1]!["type"]);
        Assert.Equal(["Next page"], card.ActionTitles);
    }

    [Fact]
    public async Task Actions_Typed_ShowsEachControlIdAndHowToShareByIt()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var card = await new ShareDriver(harness).TypeAsync("actions");

        Assert.Equal("Control id: AdminMFAV2", (string?)card.Json.SelectToken("$.body[3].items[2].text"));
        Assert.Contains("To share an action without the list, type **share** and its control id, for example **share AdminMFAV2**.", card.Texts);
    }

    [Fact]
    public async Task Actions_TypedInChinese_NamesTheUserImpactLevelInChinese()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var card = await new ShareDriver(harness).TypeAsync("actions", locale: "zh-CN");

        var details = card.Texts.Where(t => t.Contains("用户影响", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(details);
        Assert.All(details, d => Assert.DoesNotMatch("Low|Moderate|High", d));
        Assert.Contains(details, d => d.EndsWith("用户影响 低", StringComparison.Ordinal) || d.EndsWith("用户影响 中", StringComparison.Ordinal));
        Assert.Contains("控件 ID：AdminMFAV2", card.Texts);
    }

    [Fact]
    public async Task Actions_TypedCategory_FiltersToThatCategory()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var card = await new ShareDriver(harness).TypeAsync("actions devices");

        Assert.Contains("Encrypt all managed devices", card.Texts);
        Assert.Contains("Showing 1–1 of 1, top by score impact", card.Texts);
    }

    [Fact]
    public async Task Actions_TypedWords_SearchesTitles()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var card = await new ShareDriver(harness).TypeAsync("actions MFA admin");

        Assert.Contains("Require MFA for administrative roles", card.Texts);
        Assert.DoesNotContain("Encrypt all managed devices", card.Texts);
    }

    [Fact]
    public async Task Actions_NothingMatches_SaysSo()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var card = await new ShareDriver(harness).TypeAsync("actions kerberos");

        Assert.Contains("No improvement actions match. Try another category or fewer words.", card.Texts);
        Assert.Empty(card.ActionTitles);
    }

    [Fact]
    public async Task NextPage_Pressed_ReplacesListWithSecondPageCarryingTheFilter()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new ShareDriver(harness);
        var first = await driver.TypeAsync("actions data");

        var replies = await driver.SendAsync(Activities.Submit(new { verb = "actions", arg = first.Json["actions"]![0]!["data"]!["arg"] }, replyToId: "list-1"));

        var second = CardReader.From(Assert.Single(replies));
        Assert.Equal("list-1", Assert.Single(harness.Adapter.Updates).Id);
        Assert.Contains("Showing 6–10 of 10, top by score impact", second.Texts);
        Assert.Equal(["Previous page"], second.ActionTitles);
    }

    [Fact]
    public async Task FilterButton_WithCategoryAndSearchInputs_AppliesBoth()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var card = await new ShareDriver(harness).CardAsync(
            Activities.Submit(new { verb = "actions", filterCategory = "Data", filterSearch = "07" }, replyToId: "list-1"));

        Assert.Contains("Data control 07", card.Texts);
        Assert.Contains("Showing 1–1 of 1, top by score impact", card.Texts);
    }

    [Fact]
    public async Task FilterButton_AllCategories_ClearsTheCategory()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var card = await new ShareDriver(harness).CardAsync(Activities.Submit(new { verb = "actions", filterCategory = "all", filterSearch = "" }, replyToId: "list-1"));

        Assert.Contains("Showing 1–5 of 12, top by score impact", card.Texts);
    }

    [Fact]
    public async Task Actions_ChineseLocale_IsLocalized()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var card = await new ShareDriver(harness).TypeAsync("actions", "zh-CN");

        Assert.Equal("安全分数改进操作", card.Title);
        Assert.Equal(["下一页"], card.ActionTitles);
    }
}
