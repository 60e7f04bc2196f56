using SnowChatOps.Bot.SecureScore;

namespace SnowChatOps.Tests.SecureScore;

public sealed class ImprovementActionCatalogTests
{
    private const string Tenant = "tenant-1";

    [Fact]
    public async Task Search_MixedScores_OrdersByMaxScoreThenRank()
    {
        var catalog = Catalog(
            Actions.Action("low").Scoring(2, rank: 1),
            Actions.Action("high-second").Scoring(9, rank: 7),
            Actions.Action("high-first").Scoring(9, rank: 3),
            Actions.Action("mid").Scoring(5, rank: 2));

        var page = await catalog.SearchAsync(Tenant, new ImprovementActionQuery(), TestContext.Current.CancellationToken);

        Assert.Equal(["high-first", "high-second", "mid", "low"], page.Items.Select(a => a.Id));
    }

    [Fact]
    public async Task Search_DeprecatedAction_IsExcluded()
    {
        var catalog = Catalog(Actions.Action("kept"), Actions.Action("retired").AsDeprecated().Scoring(50));

        var page = await catalog.SearchAsync(Tenant, new ImprovementActionQuery(), TestContext.Current.CancellationToken);

        Assert.Equal("kept", Assert.Single(page.Items).Id);
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task Search_CategoryFilter_ReturnsOnlyThatCategory()
    {
        var catalog = Catalog(
            Actions.Action("laptop").In(ActionCategory.Devices),
            Actions.Action("mfa").In(ActionCategory.Identity),
            Actions.Action("edr").In(ActionCategory.Devices));

        var page = await catalog.SearchAsync(
            Tenant, new ImprovementActionQuery(Category: ActionCategory.Devices), TestContext.Current.CancellationToken);

        Assert.Equal(["edr", "laptop"], page.Items.Select(a => a.Id).Order());
    }

    [Theory]
    [InlineData("mfa admins", new[] { "AdminMFA" })]
    [InlineData("  REQUIRE  ", new[] { "AdminMFA", "UserMFA" })]
    [InlineData("storage", new[] { "Storage" })]
    [InlineData("infrastructure", new[] { "Storage" })]
    [InlineData("nothing-like-this", new string[0])]
    public async Task Search_FreeText_MatchesAllWordsCaseInsensitively(string search, string[] expected)
    {
        var catalog = Catalog(
            Actions.Action("AdminMFA").Titled("Require MFA for admins").Scoring(10),
            Actions.Action("UserMFA").Titled("Require MFA for all users").Scoring(9),
            Actions.Action("Storage").Titled("Secure transfer for blobs").In(ActionCategory.Infrastructure).Scoring(1) with { Service = "Azure Storage" });

        var page = await catalog.SearchAsync(Tenant, new ImprovementActionQuery(Search: search), TestContext.Current.CancellationToken);

        Assert.Equal(expected, page.Items.Select(a => a.Id));
    }

    [Theory]
    [InlineData(0, 2, new[] { "a5", "a4" }, true)]
    [InlineData(1, 2, new[] { "a3", "a2" }, true)]
    [InlineData(2, 2, new[] { "a1" }, false)]
    [InlineData(3, 2, new string[0], false)]
    [InlineData(0, 5, new[] { "a5", "a4", "a3", "a2", "a1" }, false)]
    public async Task Search_Paging_ReturnsSliceAndHasMore(int pageIndex, int pageSize, string[] expected, bool hasMore)
    {
        var catalog = Catalog([.. Enumerable.Range(1, 5).Select(i => Actions.Action($"a{i}").Scoring(i))]);

        var page = await catalog.SearchAsync(
            Tenant, new ImprovementActionQuery(PageIndex: pageIndex, PageSize: pageSize), TestContext.Current.CancellationToken);

        Assert.Equal(expected, page.Items.Select(a => a.Id));
        Assert.Equal(hasMore, page.HasMore);
        Assert.Equal(5, page.TotalCount);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, 0)]
    [InlineData(0, ImprovementActionQuery.MaxPageSize + 1)]
    public async Task Search_InvalidPage_Throws(int pageIndex, int pageSize)
    {
        var catalog = Catalog(Actions.Action("a"));

        var search = () => catalog.SearchAsync(
            Tenant, new ImprovementActionQuery(PageIndex: pageIndex, PageSize: pageSize), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(search);
    }

    [Fact]
    public async Task Find_IdInOtherCase_ReturnsAction()
    {
        var catalog = Catalog(Actions.Action("AdminMFAV2"), Actions.Action("Other"));

        var action = await catalog.FindAsync(Tenant, "adminmfav2", TestContext.Current.CancellationToken);

        Assert.Equal("AdminMFAV2", action?.Id);
    }

    [Theory]
    [InlineData("Unknown")]
    [InlineData("Retired")]
    public async Task Find_UnknownOrDeprecated_ReturnsNull(string id)
    {
        var catalog = Catalog(Actions.Action("Retired").AsDeprecated());

        var action = await catalog.FindAsync(Tenant, id, TestContext.Current.CancellationToken);

        Assert.Null(action);
    }

    private static ImprovementActionCatalog Catalog(params ImprovementAction[] actions) =>
        new(new InMemoryImprovementActionSource(actions));
}
