using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// Bot Framework's authentication, with every connector factory it hands out (for an inbound turn and for a proactive
/// one) answering from one <see cref="ConnectorClientCache"/>. The factory's app identity is read from the claims the
/// way the SDK reads it (<c>BuiltinBotFrameworkAuthentication.GetAppId</c>: the audience claim, else the appid claim).
/// The turn's user-token client is built only if the turn uses it (<see cref="OnDemandUserTokenClient"/>).
/// </summary>
internal sealed class ReusingConnectorAuthentication(BotFrameworkAuthentication inner, ConnectorClientCache cache) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        if (result.ConnectorFactory is { } factory)
        {
            result.ConnectorFactory = new ReusingConnectorFactory(factory, AppIdOf(result.ClaimsIdentity), cache);
        }

        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
        => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
        => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity)
        => new ReusingConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity), cache);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        => Task.FromResult<UserTokenClient>(new OnDemandUserTokenClient(ct => inner.CreateUserTokenClientAsync(claimsIdentity, ct)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private static string? AppIdOf(ClaimsIdentity? identity)
        => (identity?.Claims.FirstOrDefault(claim => claim.Type == AuthenticationConstants.AudienceClaim)
            ?? identity?.Claims.FirstOrDefault(claim => claim.Type == AuthenticationConstants.AppIdClaim))?.Value;
}
