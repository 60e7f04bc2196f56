using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Tests.Tickets;

public sealed class TicketTransitionsTests
{
    [Theory]
    [InlineData("1", "2,3,6,8")]
    [InlineData("2", "3,6,8")]
    [InlineData("3", "2,6,8")]
    [InlineData("6", "2")]
    [InlineData("7", "")]
    [InlineData("8", "")]
    public void Next_Incident_FollowsTheStockStateModel(string from, string expected)
    {
        var next = TicketTransitions.Next(TicketTable.Incident, from);

        Assert.Equal(expected, string.Join(',', next));
    }

    [Theory]
    [InlineData("-5", "-4,4")]
    [InlineData("-4", "-3,4")]
    [InlineData("-3", "-2,4")]
    [InlineData("-2", "-1,4")]
    [InlineData("-1", "0,4")]
    [InlineData("0", "3")]
    [InlineData("3", "")]
    [InlineData("4", "")]
    public void Next_ChangeRequest_FollowsTheNormalChangeModel(string from, string expected)
    {
        var next = TicketTransitions.Next(TicketTable.ChangeRequest, from);

        Assert.Equal(expected, string.Join(',', next));
    }

    [Fact]
    public void NeedsClosure_ResolvedIncidentAndClosedChange_AreTheOnlyOnes()
    {
        Assert.True(TicketTransitions.NeedsClosure(TicketTable.Incident, "6"));
        Assert.True(TicketTransitions.NeedsClosure(TicketTable.ChangeRequest, "3"));
        Assert.False(TicketTransitions.NeedsClosure(TicketTable.Incident, "3"));
        Assert.False(TicketTransitions.NeedsClosure(TicketTable.ChangeRequest, "4"));
    }
}
