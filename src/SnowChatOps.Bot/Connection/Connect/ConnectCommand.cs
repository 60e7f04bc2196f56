using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Flows;
using SnowChatOps.Bot.Secrets;

namespace SnowChatOps.Bot.Connection.Connect;

/// <summary><c>connect</c> and the connection card's button: admins only, one connection per tenant.</summary>
internal sealed class ConnectCommand(
    AdminGate gate, IConnectionStore connections, FlowEngine flows, IOptions<ConnectionOptions> options, SecretProtector secrets) : IChatCommand
{
    public string Name => ConnectionVerbs.Connect;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(turn, cancellationToken))
        {
            return;
        }

        if (await connections.GetAsync(turn.Activity.Conversation.TenantId, cancellationToken) is { } existing)
        {
            await turn.SendActivityAsync(ResultCards.AlreadyConnected(existing.InstanceUrl).ToActivity(), cancellationToken);
            return;
        }

        await flows.StartAsync(turn, ConnectFlow.FlowName, Prefill(input.Argument), cancellationToken);
    }

    /// <summary>A typed argument ("connect contoso") wins; in Development the emulator's values fill the rest.</summary>
    private Dictionary<string, string> Prefill(string argument)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var demo = options.Value.DevPrefill;
        var instance = string.IsNullOrWhiteSpace(argument) ? demo?.InstanceUrl : argument.Trim();
        if (!string.IsNullOrWhiteSpace(instance))
        {
            values[InstanceStep.InstanceKey] = instance;
        }

        if (!string.IsNullOrWhiteSpace(demo?.ClientId))
        {
            values[ClientStep.ClientIdKey] = demo.ClientId;
        }

        if (!string.IsNullOrWhiteSpace(demo?.ClientSecret))
        {
            values[ClientStep.ProtectedSecretKey] = secrets.Protect(SecretKind.ClientSecret, demo.ClientSecret);
        }

        return values;
    }
}
