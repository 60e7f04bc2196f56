using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;

namespace SnowChatOps.Bot.Connection.Authorization;

/// <summary>
/// Creates a single-use, short-lived sign-in link: a random <c>state</c> bound (in storage) to the tenant, the
/// admin and this conversation, plus a PKCE pair whose verifier never leaves the bot. The card it returns replaces
/// the pressed card, whose id is remembered so the link can be retired when the sign-in comes back.
/// </summary>
internal sealed class AuthorizationStarter(
    IPendingAuthorizationStore pending, ServiceNowOAuthClient oauth, IOptions<ConnectionOptions> options, TimeProvider time, ILogger<AuthorizationStarter> logger)
{
    public async Task<AdaptiveCard> StartAsync(
        ITurnContext turn, string heading, ServiceNowInstance instance, string clientId, string clientSecret, string? connectionETag, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var state = Base64Url(RandomNumberGenerator.GetBytes(32));
        var pkce = Pkce.Create();
        var activity = turn.Activity;
        await pending.SaveAsync(new PendingAuthorization
        {
            State = state,
            TenantId = activity.Conversation.TenantId,
            UserAadObjectId = activity.From.AadObjectId ?? activity.From.Id,
            UserName = activity.From.Name ?? string.Empty,
            Locale = activity.Locale ?? "en-US",
            Conversation = activity.GetConversationReference(),
            InstanceUrl = instance.ToString(),
            ClientId = clientId,
            ClientSecret = clientSecret,
            CodeVerifier = pkce.Verifier,
            ConnectionETag = connectionETag,
            ExpiresAt = time.GetUtcNow() + settings.AuthorizationLifetime,
            CardActivityId = activity.Value is not null ? activity.ReplyToId : null,
        }, cancellationToken);
        logger.AuthorizationStarted(activity.Conversation.TenantId);
        var signIn = oauth.BuildAuthorizeUri(instance, clientId, settings.GetCallbackUri(), state, pkce.Challenge);
        return AuthorizeCard.Build(heading, signIn, settings.AuthorizationLifetime);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
