using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Subscriptions;

namespace SnowChatOps.Tests.Tracking.Subscriptions;

public sealed class SubscriptionFormTests
{
    [Fact]
    public void TryParse_OfferedValues_Filter()
    {
        var ok = SubscriptionForm.TryParse(Input("incident", "2", "incident:7,incident:6", "Identity"), out var filter);

        Assert.True(ok);
        Assert.Equal(new SubscriptionFilter(TicketTable.Incident, 2, ["incident:6", "incident:7"], ActionCategory.Identity), filter);
    }

    [Theory]
    [InlineData("problem", "any", "", "any")]
    [InlineData("any", "0", "", "any")]
    [InlineData("any", "12", "", "any")]
    [InlineData("any", "any", "incident:99", "any")]
    [InlineData("change_request", "any", "incident:6", "any")]
    [InlineData("any", "any", "", "Identityy")]
    [InlineData("any", "any", "", "<b>x</b>")]
    public void TryParse_ValueTheFormDoesNotOffer_Refused(string type, string priority, string states, string category)
    {
        Assert.False(SubscriptionForm.TryParse(Input(type, priority, states, category), out _));
    }

    private static CommandInput Input(string type, string priority, string states, string category) => new(string.Empty, new Dictionary<string, string>
    {
        [SubscriptionForm.TypeInput] = type, [SubscriptionForm.PriorityInput] = priority, [SubscriptionForm.StatesInput] = states, [SubscriptionForm.CategoryInput] = category,
    }, true);
}
