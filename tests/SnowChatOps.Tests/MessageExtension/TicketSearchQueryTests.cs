using SnowChatOps.Bot.MessageExtension.Search;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Tests.MessageExtension;

public sealed class TicketSearchQueryTests
{
    [Theory]
    [InlineData("INC0010001", "incident", "number=INC0010001")]
    [InlineData(" chg0030001 ", "change_request", "number=CHG0030001")]
    public void Parse_TicketNumber_IsAnExactNumberQuery(string text, string table, string query)
    {
        var parsed = TicketSearchQuery.Parse(text);

        Assert.Equal((TicketSearchKind.Number, table, query), (parsed.Kind, parsed.Table?.ToTableName(), parsed.ToQuery().ToString()));
    }

    [Theory]
    [InlineData("guest access", "guest access")]
    [InlineData("  guest\t\n access ", "guest access")]
    [InlineData("a^b^^c", "a b c")]
    [InlineData("x\u0000y\u001bz", "x y z")]
    [InlineData("INC001", "INC001")]
    public void Parse_Words_AreCleanedBeforeTheQuery(string text, string words)
    {
        var parsed = TicketSearchQuery.Parse(text);

        Assert.Equal((TicketSearchKind.Words, words), (parsed.Kind, parsed.Text));
        Assert.Equal($"short_descriptionLIKE{words}^ORDERBYDESCsys_created_on", parsed.ToQuery().ToString());
    }

    [Fact]
    public void Parse_LongText_IsBounded()
    {
        Assert.Equal(TicketSearchQuery.MaxLength, TicketSearchQuery.Parse(new string('a', 5000)).Text.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ^ ")]
    public void Parse_Nothing_IsTheRecentList(string? text)
    {
        Assert.Equal(TicketSearchKind.Recent, TicketSearchQuery.Parse(text).Kind);
    }
}
