using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SnowChatOps.TestSupport.Hosting;

/// <summary>
/// A thread-safe recording adapter: concurrent turns (a double click) run side by side, every send and update is
/// recorded, and exceptions propagate to the test (no turn-error handler) so a "crash" is visible.
/// </summary>
internal sealed class RecordingAdapter : BotAdapter
{
    private int nextId;

    public ConcurrentQueue<Activity> Sent { get; } = new();

    public ConcurrentQueue<Activity> Updated { get; } = new();

    public Task ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return RunPipelineAsync(new TurnContext(this, activity), bot.OnTurnAsync, cancellationToken);
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            activity.Id ??= "bot-" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
            Sent.Enqueue(activity);
            responses.Add(new ResourceResponse(activity.Id));
        }

        return Task.FromResult(responses.ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Updated.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The sharing feature never deletes activities.");
}
