using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// Bot Framework's authentication, with one change: every token failure leaves as <see cref="UnauthorizedAccessException"/>,
/// the one exception <c>CloudAdapter.ProcessAsync</c> turns into 401 (it lets any other escape as 500, which made a
/// forged token look like a valid one whose reply failed). Authentication runs before the turn context is created,
/// so a refused request never reaches middleware or the bot. Each refusal is logged once, with a reason code.
/// </summary>
internal sealed class RefusingBotFrameworkAuthentication(BotFrameworkAuthentication inner, ILogger<RefusingBotFrameworkAuthentication> logger)
    : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        }
        catch (Exception error) when (Refuse(error, authHeader) is { } refusal)
        {
            throw refusal;
        }
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        }
        catch (Exception error) when (Refuse(error, authHeader) is { } refusal)
        {
            throw refusal;
        }
    }

    public override async Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
        }
        catch (Exception error) when (Refuse(error, authHeader) is { } refusal)
        {
            throw refusal;
        }
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <summary>Logs the refusal and returns the exception to throw; null (not handled) for what is not a token failure.</summary>
    private UnauthorizedAccessException? Refuse(Exception error, string? authHeader)
    {
        if (InboundAuthRefusal.ReasonFor(error, !string.IsNullOrWhiteSpace(authHeader)) is not { } reason)
        {
            return null;
        }

        logger.InboundRequestRefused(reason, error.GetType().Name);
        return error as UnauthorizedAccessException ?? new UnauthorizedAccessException(reason);
    }
}
