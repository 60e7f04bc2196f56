using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Cards;

/// <summary>The connection as SnowChatOps sees it ("connection status on both sides", Teams side).</summary>
internal static class StatusCard
{
    public static AdaptiveCard NotConnected() => new(
        [
            new TextBlock(ConnectionText.Status_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(ConnectionText.NotConnected),
        ],
        [ConnectionButtons.Connect(), ConnectionButtons.Diagnose()]);

    public static AdaptiveCard Build(ServiceNowConnection connection, string liveState)
    {
        var user = connection.ConnectedAsUserName is null
            ? "—"
            : Format(connection.ConnectedAsIntegrationUser ? ConnectionText.Status_IntegrationUser : ConnectionText.Status_PersonalUser, connection.ConnectedAsUserName);
        var facts = new List<Fact>
        {
            new(ConnectionText.Status_State, liveState),
            new(ConnectionText.Status_Instance, connection.InstanceUrl),
            new(ConnectionText.Status_Version, connection.Version ?? "—"),
            new(ConnectionText.Status_ConnectedAs, user),
            new(ConnectionText.Status_ConnectedBy, Format(ConnectionText.Status_ConnectedByValue, connection.ConnectedByName, CardTime.Instant(connection.ConnectedAt))),
            new(ConnectionText.Status_Token, Format(ConnectionText.Status_TokenValue, CardTime.Instant(connection.Tokens.AccessExpiresAt))),
            new(ConnectionText.Status_LastSuccess, connection.LastSuccessAt is { } at ? CardTime.Instant(at) : ConnectionText.Status_Never),
        };
        var actions = new List<CardAction>();
        if (connection.Status == ConnectionStatus.NeedsAuthorization)
        {
            actions.Add(ConnectionButtons.Authorize());
        }

        actions.Add(ConnectionButtons.Diagnose());
        actions.Add(ConnectionButtons.Manage());
        return new AdaptiveCard(
            [new TextBlock(ConnectionText.Status_Title) { Size = "Large", Weight = "Bolder" }, new FactSet(facts)],
            actions);
    }

    private static string Format(string template, params object?[] values) => string.Format(CultureInfo.CurrentCulture, template, values);
}
