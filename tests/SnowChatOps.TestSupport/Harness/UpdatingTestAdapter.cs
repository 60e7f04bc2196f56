using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace SnowChatOps.TestSupport.Harness;

/// <summary>
/// TestAdapter only applies an update to a reply still in its queue; Teams updates any card the bot sent.
/// This one records every update as the next reply (Id = the replaced card) so tests can assert on it.
/// </summary>
internal sealed class UpdatingTestAdapter() : TestAdapter(Channels.Msteams)
{
    public List<Activity> Updates { get; } = [];

    /// <summary>Runs before each activity goes out, to observe what was already stored at that moment.</summary>
    public Func<Activity, Task>? BeforeSend { get; set; }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            if (BeforeSend is not null)
            {
                await BeforeSend(activity);
            }
        }

        return await base.SendActivitiesAsync(turnContext, activities, cancellationToken);
    }

    /// <summary>
    /// When set, conversation creation works like Teams opening a personal chat: it returns the new conversation's id
    /// for the parameters (null = the channel refuses). Unset, every creation is refused, as a channel without it does.
    /// </summary>
    public Func<ConversationParameters, string?>? OpensConversation { get; set; }

    public List<ConversationParameters> CreatedConversations { get; } = [];

    public override async Task CreateConversationAsync(
        string botAppId, string channelId, string serviceUrl, string audience, ConversationParameters conversationParameters,
        BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (OpensConversation?.Invoke(conversationParameters) is not { } id)
        {
            throw new ErrorResponseException("Forbidden") { Response = new Microsoft.Rest.HttpResponseMessageWrapper(new HttpResponseMessage(System.Net.HttpStatusCode.Forbidden), string.Empty) };
        }

        CreatedConversations.Add(conversationParameters);
        var reference = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = serviceUrl,
            Bot = conversationParameters.Bot,
            User = conversationParameters.Members[0],
            Conversation = new ConversationAccount(id: id, conversationType: "personal", tenantId: conversationParameters.TenantId),
        };
        using var turn = new TurnContext(this, reference.GetContinuationActivity());
        await callback(turn, cancellationToken);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        Updates.Add(activity);
        ActiveQueue.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }
}
