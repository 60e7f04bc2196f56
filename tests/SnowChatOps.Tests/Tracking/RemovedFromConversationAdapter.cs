using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Tests.Tracking;

/// <summary>
/// The harness adapter (<paramref name="resolveInner"/>), except that continuing <paramref name="goneConversationId"/> fails the way Teams does after
/// the bot was removed (403 BotNotInConversationRoster).
/// </summary>
internal sealed class RemovedFromConversationAdapter(Func<BotAdapter> resolveInner, string goneConversationId) : BotAdapter
{
    // Resolved late: the harness builds its adapter after its services.
    private BotAdapter Inner => resolveInner();

    public override Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Conversation.Id == goneConversationId)
        {
            throw new ErrorResponseException("BotNotInConversationRoster")
            {
                Response = new Microsoft.Rest.HttpResponseMessageWrapper(new HttpResponseMessage(HttpStatusCode.Forbidden), "{\"error\":{\"code\":\"BotNotInConversationRoster\"}}"),
            };
        }

        return Inner.ContinueConversationAsync(botId, reference, callback, cancellationToken);
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        => Inner.SendActivitiesAsync(turnContext, activities, cancellationToken);

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
        => Inner.UpdateActivityAsync(turnContext, activity, cancellationToken);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => Inner.DeleteActivityAsync(turnContext, reference, cancellationToken);
}
