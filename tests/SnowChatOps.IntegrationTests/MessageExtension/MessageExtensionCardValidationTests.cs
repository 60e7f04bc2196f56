using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.MessageExtension;
using SnowChatOps.Bot.MessageExtension.Cards;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.TestSupport.Cards;
using SnowChatOps.IntegrationTests.Cards;

namespace SnowChatOps.IntegrationTests.MessageExtension;

/// <summary>Every card of the share dialog, in both languages, through the official Adaptive Cards parser (schema 1.5, no unknown properties).</summary>
public sealed class MessageExtensionCardValidationTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task MessageExtensionCards_AllStates_AreValidAdaptiveCards15(string culture)
    {
        await CardsInCulture.AssertAllValidAsync(culture, Cards, expected: 7);
    }

    private static List<(string Name, AdaptiveCard Card)> Cards()
    {
        var today = new DateOnly(2026, 11, 26);
        var message = new Microsoft.Bot.Schema.Teams.MessageActionsPayload
        {
            Body = new Microsoft.Bot.Schema.Teams.MessageActionsPayloadBody("html", "<p>Guest access is on.</p>"),
            LinkToMessage = new Uri("https://teams.microsoft.com/l/message/1"),
        };
        var values = MessagePrefill.For(message, "Megan Bowen", today.AddDays(30));
        var id = ShareArg.NewCorrelationId();
        return
        [
            ("form", MessageShareFormCard.Build(new MessageShareFormView(id, values, today, []))),
            ("form-errors", MessageShareFormCard.Build(new MessageShareFormView(id, values, today, [new FieldError("category", "Choose a recommendation category.")], "ServiceNow said no."))),
            ("not-connected", DialogCards.NotConnected()),
            ("queued", DialogCards.Queued("Guest access is on.")),
            ("in-progress", DialogCards.InProgress()),
            ("stale", DialogCards.Stale()),
            ("refused", StatusCards.Refused("Guest access is on.", "Data policy: field required")),
        ];
    }
}
