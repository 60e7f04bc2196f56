using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Tests.Fakes;

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

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        Updates.Add(activity);
        ActiveQueue.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }
}
