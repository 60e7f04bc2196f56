using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Onboarding;

/// <summary>
/// Posts the connection card once per conversation. Teams (and the Agents Playground, every time a chat is opened)
/// sends installationUpdate and conversationUpdate, sometimes both at once: an atomic claim makes exactly one win.
/// </summary>
internal sealed class Welcome(IIdempotencyStore claims, ILogger<Welcome> logger)
{
    public const string ClaimScope = "welcome";

    public async Task SendOnceAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var conversation = turn.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversation))
        {
            return;
        }

        if (!await claims.TryClaimAsync(ClaimScope, conversation, cancellationToken))
        {
            logger.WelcomeSkipped();
            return;
        }

        try
        {
            await turn.SendActivityAsync(OnboardingCards.Welcome().ToActivity(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The card did not go out: give the claim back so the next install event can try again.
            await claims.ReleaseAsync(ClaimScope, conversation, CancellationToken.None);
            throw;
        }
    }
}
