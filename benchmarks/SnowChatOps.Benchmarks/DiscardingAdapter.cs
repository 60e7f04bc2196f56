using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Benchmarks;

/// <summary>A channel that accepts every send and update instantly, so only the bot's own work is measured.</summary>
internal sealed class DiscardingAdapter : BotAdapter
{
    public Activity? LastUpdate { get; private set; }

    public Task ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken) =>
        RunPipelineAsync(new TurnContext(this, activity), bot.OnTurnAsync, cancellationToken);

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
        Task.FromResult(activities.Select(a => new ResourceResponse(a.Id ?? "sent")).ToArray());

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        LastUpdate = activity;
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
