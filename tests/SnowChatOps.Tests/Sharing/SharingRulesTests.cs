using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Browse;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Tests.SecureScore;

namespace SnowChatOps.Tests.Sharing;

public sealed class SharingRulesTests
{
    [Theory]
    [InlineData(10, 50, 1)]
    [InlineData(9, 1, 1)]
    [InlineData(8, 50, 2)]
    [InlineData(8, 10, 1)]
    [InlineData(5, 50, 3)]
    [InlineData(5, 3, 2)]
    [InlineData(2, 50, 4)]
    [InlineData(0.5, 50, 5)]
    [InlineData(0.5, 11, 5)]
    public void PriorityRule_ScoreAndRank_GiveDocumentedDefault(double maxScore, int rank, int expected)
    {
        var action = Actions.Action("X").Scoring(maxScore, rank);

        var priority = PriorityRule.For(action);

        Assert.Equal(expected, priority);
    }

    [Fact]
    public void TicketLink_EncodesTheInnerUriAsOneQueryValue()
    {
        var instance = ServiceNowInstance.Parse("acme", ServiceNowHostPolicy.Default);

        var link = TicketLink.For(instance, TicketTable.Incident, "a1b2&x=1");

        Assert.Equal("https://acme.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3Da1b2%2526x%253D1", link.AbsoluteUri);
    }

    [Fact]
    public void ShareArg_Minted_RoundTripsAndIsUniquePerForm()
    {
        var first = ShareArg.Mint("Admin MFA/V2");
        var second = ShareArg.Mint("Admin MFA/V2");

        Assert.True(CardArg.TryRead<ShareArg>(first.ToArg(), out var parsed));
        Assert.Equal(first, parsed);
        Assert.NotEqual(first.CorrelationId, second.CorrelationId);
        Assert.True(first.CorrelationId.Length <= 100);
    }

    [Theory]
    [InlineData("")]
    [InlineData("c=snowchatops-0123456789abcdef0123456789abcdef&a=AdminMFAV2")]
    [InlineData("{\"a\":\"AdminMFAV2\"}")]
    [InlineData("{\"c\":\"snowchatops-0123\",\"a\":\"AdminMFAV2\"}")]
    [InlineData("{\"c\":\"other-0123456789abcdef0123456789abcdef\",\"a\":\"AdminMFAV2\"}")]
    [InlineData("{\"c\":\"snowchatops-0123456789abcdef0123456789abcdef\",\"a\":\"\"}")]
    [InlineData("{\"c\":\"snowchatops-0123456789abcdef0123456789abcdef\",\"x\":1}")]
    [InlineData("{\"c\":\"snowchatops-0123456789abcdef0123456789abcdef\",\"a\":\"\\t\\r\\n\"}")]
    [InlineData("{\"c\":\"snowchatops-0123456789abcdef0123456789abcdef\",\"a\":\" AdminMFAV2\"}")]
    [InlineData("{\"c\":\"snowchatops-0123456789abcdef0123456789abcdef\",\"a\":\"Admin\\u0000MFA\"}")]
    [InlineData("{\"c\":")]
    public void ShareArg_NotMintedByUs_IsRejected(string arg)
    {
        var ok = CardArg.TryRead<ShareArg>(arg, out _);

        Assert.False(ok);
    }

    [Fact]
    public void BrowseQuery_PagingArgument_RoundTripsCategoryAndSearch()
    {
        var query = new BrowseQuery(ActionCategory.Identity, "mfa & more", 0);

        var next = BrowseQuery.From(new CommandInput(query.ToArg(3), new Dictionary<string, string>(), FromCard: true));

        Assert.Equal(query with { Page = 3 }, next);
    }

    [Theory]
    [InlineData("identity", "Identity", null)]
    [InlineData("Device", "Devices", null)]
    [InlineData("mfa admins", null, "mfa admins")]
    [InlineData("", null, null)]
    public void BrowseQuery_TypedArgument_IsCategoryOrSearch(string text, string? category, string? search)
    {
        var query = BrowseQuery.From(CommandInput.FromText(text));

        Assert.Equal(new BrowseQuery(category is null ? null : Enum.Parse<ActionCategory>(category), search, 0), query);
    }
}
