using System.Globalization;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Authorization;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>
/// Re-provision / Authorize: a new sign-in for the stored instance and client, keeping every setting. The pending
/// authorization remembers the connection's version, so a concurrent change by another admin is not overwritten.
/// </summary>
internal sealed class ReprovisionCommand(AdminGate gate, IConnectionStore connections, AuthorizationStarter starter, ServiceNowHostPolicy policy)
    : AdminConnectionCommand(gate, connections)
{
    public override string Name => ConnectionVerbs.Reprovision;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        if (!ServiceNowInstance.TryParse(connection.InstanceUrl, policy, out var instance, out _))
        {
            await turn.ReplaceOrSendAsync(StatusCard.NotConnected(), cancellationToken);
            return;
        }

        var heading = string.Format(CultureInfo.CurrentCulture, "{0} · {1}", ConnectionText.Settings_Title, ConnectionText.Settings_Reprovision);
        var card = await starter.StartAsync(turn, heading, instance, connection.ClientId, connection.ClientSecret, connection.ETag, cancellationToken);
        await turn.ReplaceOrSendAsync(card, cancellationToken);
    }
}
