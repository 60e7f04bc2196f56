using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SnowChatOps.TestSupport.Hosting;

/// <summary>
/// A thread-safe recording adapter: concurrent turns (a double click) run side by side, every send and update is
/// recorded, and exceptions propagate to the test (no turn-error handler) so a "crash" is visible. A test can script
/// Bot Connector faults per conversation (<see cref="Fail"/>): the next post there answers with that status, as
/// an <see cref="ErrorResponseException"/> carrying the response headers (Retry-After) the way the SDK does.
/// </summary>
internal sealed class RecordingAdapter : BotAdapter
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(System.Net.HttpStatusCode Status, int? RetryAfter)>> faults = new();
    private readonly ConcurrentDictionary<string, bool> alwaysFailing = new();
    private int nextId;

    /// <summary>The next post to <paramref name="conversationId"/> fails with <paramref name="status"/>; with <paramref name="always"/>, every post until <see cref="Recover"/>.</summary>
    public void Fail(string conversationId, System.Net.HttpStatusCode status, int? retryAfterSeconds = null, bool always = false)
    {
        faults.GetOrAdd(conversationId, _ => new()).Enqueue((status, retryAfterSeconds));
        if (always)
        {
            alwaysFailing[conversationId] = true;
        }
    }

    public void Recover(string conversationId)
    {
        alwaysFailing.TryRemove(conversationId, out _);
        faults.TryRemove(conversationId, out _);
    }

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
        ThrowScriptedFault(turnContext?.Activity?.Conversation?.Id);
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

    private void ThrowScriptedFault(string? conversationId)
    {
        if (conversationId is null || !faults.TryGetValue(conversationId, out var queue) || !queue.TryPeek(out var fault))
        {
            return;
        }

        if (!alwaysFailing.ContainsKey(conversationId))
        {
            queue.TryDequeue(out _);
        }

        var response = new HttpResponseMessage(fault.Status);
        if (fault.RetryAfter is { } seconds)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
        }

        throw new ErrorResponseException("Operation returned an invalid status code") { Response = new Microsoft.Rest.HttpResponseMessageWrapper(response, "{}") };
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The sharing feature never deletes activities.");
}
