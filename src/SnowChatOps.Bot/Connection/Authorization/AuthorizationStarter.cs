using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;

namespace SnowChatOps.Bot.Connection.Authorization;

/// <summary>
/// Creates a single-use, short-lived sign-in link: a random <c>state</c> bound (in storage) to the tenant, the
/// admin and the admin's personal chat, plus a PKCE pair whose verifier never leaves the bot. The link is only ever
/// shown in that personal chat: asked in a channel or group chat, the link goes to the admin privately and the
/// shared chat only hears that it was sent.
/// </summary>
internal sealed class AuthorizationStarter(
    IPendingAuthorizationStore pending, ServiceNowOAuthClient oauth, ProactiveMessenger messenger, IOptions<ConnectionOptions> options,
    TimeProvider time, ILogger<AuthorizationStarter> logger)
{
    public async Task<AdaptiveCard> StartAsync(
        ITurnContext turn, string heading, ServiceNowInstance instance, string clientId, string clientSecret, string? connectionETag, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var inPersonalChat = activity.Conversation.ConversationType is null or "personal";
        var personal = inPersonalChat ? null : await messenger.FindOrOpenPersonalAsync(turn, cancellationToken);
        if (!inPersonalChat && personal is null)
        {
            logger.NoPersonalChat(activity.Conversation.TenantId);
            return ResultCards.Notice(ConnectionText.Authorize_NoPersonalChat);
        }

        var settings = options.Value;
        var state = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var pkce = Pkce.Create();
        await pending.SaveAsync(new PendingAuthorization
        {
            State = state,
            TenantId = activity.Conversation.TenantId,
            UserAadObjectId = activity.From.AadObjectId ?? activity.From.Id,
            UserName = activity.From.Name ?? string.Empty,
            Locale = activity.Locale ?? "en-US",
            Conversation = personal?.Reference ?? activity.GetConversationReference(),
            InstanceUrl = instance.ToString(),
            ClientId = clientId,
            ClientSecret = clientSecret,
            CodeVerifier = pkce.Verifier,
            ConnectionETag = connectionETag,
            ExpiresAt = time.GetUtcNow() + settings.AuthorizationLifetime,
            CardActivityId = inPersonalChat && activity.Value is not null ? activity.ReplyToId : null,
        }, cancellationToken);
        logger.AuthorizationStarted(activity.Conversation.TenantId);
        var signIn = oauth.BuildAuthorizeUri(instance, clientId, settings.GetCallbackUri(), state, pkce.Challenge);
        var card = AuthorizeCard.Build(heading, signIn, settings.AuthorizationLifetime);
        if (personal is null)
        {
            return card;
        }

        if (await messenger.SendAsync(personal, card.ToActivity(), cancellationToken) is null)
        {
            logger.NoPersonalChat(activity.Conversation.TenantId);
            return ResultCards.Notice(ConnectionText.Authorize_NoPersonalChat);
        }

        logger.SignInLinkSentPersonally(activity.Conversation.TenantId);
        return ResultCards.Notice(ConnectionText.Authorize_SentPersonally);
    }
}
