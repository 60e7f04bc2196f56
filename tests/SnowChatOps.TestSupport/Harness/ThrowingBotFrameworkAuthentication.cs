using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SnowChatOps.TestSupport.Harness;

/// <summary>Bot Framework authentication whose every check fails with the given exception; nothing else is expected.</summary>
internal sealed class ThrowingBotFrameworkAuthentication(Exception failure) : BotFrameworkAuthentication
{
    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
        => Task.FromException<AuthenticateRequestResult>(failure);

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
        => Task.FromException<AuthenticateRequestResult>(failure);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => throw new InvalidOperationException("not expected");

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        => throw new InvalidOperationException("not expected");
}
