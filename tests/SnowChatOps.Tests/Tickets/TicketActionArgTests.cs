using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Tickets.Actions;

namespace SnowChatOps.Tests.Tickets;

public sealed class TicketActionArgTests
{
    private const string Hex = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("{\"t\":\"incident\"}")]
    [InlineData("{\"t\":\"incident\",\"s\":\"" + Hex + "\"}")]
    [InlineData("{\"t\":\"incident\",\"s\":null,\"k\":\"" + Hex + "\"}")]
    [InlineData("{\"s\":\"" + Hex + "\",\"k\":\"" + Hex + "\"}")]
    public void TryRead_MemberMissingOrNull_Refused(string json)
    {
        Assert.False(CardArg.TryRead<TicketActionArg>(json, out _));
    }

    [Fact]
    public void TryRead_WellFormed_Accepted()
    {
        Assert.True(CardArg.TryRead<TicketActionArg>("{\"t\":\"incident\",\"s\":\"" + Hex + "\",\"k\":\"" + Hex + "\"}", out var arg));
        Assert.Equal(Hex, arg.SysId);
    }
}
