using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Authorization;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Flows;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Connection.Connect;

/// <summary>
/// The guided connection: instance, then OAuth client and grant, then (as the finishing card) the sign-in link, or,
/// for client credentials, the verified connection. Nothing is stored as a connection until ServiceNow's answer has
/// been verified.
/// </summary>
internal sealed class ConnectFlow(
    InstanceStep instance, ClientStep client, AdminPolicy admins, IConnectionStore connections,
    AuthorizationStarter starter, ClientCredentialsConnector clientCredentials, SecretProtector secrets, ServiceNowHostPolicy policy) : IFlow
{
    public const string FlowName = ConnectionVerbs.Connect;

    public string Name => FlowName;

    public string Title => ConnectionText.Connect_Title;

    public IReadOnlyList<FlowStep> Steps { get; } = [instance, client];

    /// <summary>The instance, the OAuth client, then the sign-in (or, for client credentials, the verification) card.</summary>
    public int StepCount => Steps.Count + 1;

    public async Task<AdaptiveCard> CompleteAsync(FlowContext context, FlowValues values, CancellationToken cancellationToken)
    {
        if (!await admins.IsAdminAsync(context.TenantId, context.UserAadObjectId, cancellationToken))
        {
            return ResultCards.Notice(ConnectionText.Admin_Refused);
        }

        if (await connections.GetAsync(context.TenantId, cancellationToken) is { } existing)
        {
            return ResultCards.Notice(string.Format(CultureInfo.CurrentCulture, ConnectionText.Connect_AlreadyConnected, existing.InstanceUrl));
        }

        var secret = secrets.TryUnprotect(SecretKind.ClientSecret, values[ClientStep.ProtectedSecretKey]) ?? string.Empty;
        var target = ServiceNowInstance.Parse(values.Get(InstanceStep.InstanceKey), policy);
        if (ClientStep.GrantOf(values) == ServiceNowGrant.ClientCredentials)
        {
            return await clientCredentials.ConnectAsync(context, target, values.Get(ClientStep.ClientIdKey), secret, cancellationToken);
        }

        var heading = string.Format(CultureInfo.CurrentCulture, Strings.Flow_Step, Title, StepCount, StepCount);
        return await starter.StartAsync(context.Turn, heading, target, values.Get(ClientStep.ClientIdKey), secret, connectionETag: null, cancellationToken);
    }
}
