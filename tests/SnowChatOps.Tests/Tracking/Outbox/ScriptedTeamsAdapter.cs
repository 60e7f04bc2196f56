using System.Collections.Concurrent;
using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Tests.Tracking.Outbox;

/// <summary>
/// Teams for proactive sends, at the edge: continues a conversation through the adapter's turn pipeline (with the
/// bot's real turn error handler, as in production) and answers each post or update with the next scripted fault for
/// that conversation (429 with Retry-After, 503, 403…; posts only), else records it with the fake clock's time.
/// </summary>
internal sealed class ScriptedTeamsAdapter(TimeProvider time) : BotAdapter
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(HttpStatusCode Status, int? RetryAfter)>> faults = new();
    private readonly ConcurrentDictionary<string, bool> alwaysFail = new();
    private readonly ConcurrentQueue<(string ConversationId, Activity Activity, DateTimeOffset At, bool Update)> sent = new();
    private int nextId;

    public IReadOnlyList<(string ConversationId, Activity Activity, DateTimeOffset At, bool Update)> Sent => [.. sent];

    public IReadOnlyList<Activity> PostsTo(string conversationId) => [.. sent.Where(s => s.ConversationId == conversationId && !s.Update).Select(s => s.Activity)];

    public void Fail(string conversationId, HttpStatusCode status, int? retryAfter = null)
        => faults.GetOrAdd(conversationId, _ => new()).Enqueue((status, retryAfter));

    /// <summary>The next update (PUT) of an activity in the conversation fails with <paramref name="status"/>.</summary>
    public void FailUpdate(string conversationId, HttpStatusCode status, int? retryAfter = null) => Fail("update|" + conversationId, status, retryAfter);

    /// <summary>Every post to the conversation fails with <paramref name="status"/> from now on.</summary>
    public void FailAlways(string conversationId, HttpStatusCode status)
    {
        alwaysFail[conversationId] = true;
        Fail(conversationId, status);
    }

    /// <summary>Posts to the conversation succeed again.</summary>
    public void Recover(string conversationId)
    {
        alwaysFail.TryRemove(conversationId, out _);
        faults.TryRemove(conversationId, out _);
    }

    public override Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var turn = new TurnContext(this, reference.GetContinuationActivity());
        return RunPipelineAsync(turn, callback, cancellationToken);
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return Task.FromResult(activities.Select(a => Answer(turnContext.Activity.Conversation.Id, a, update: false)).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
        => Task.FromResult(Answer(turnContext.Activity.Conversation.Id, activity, update: true));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) => Task.CompletedTask;

    private ResourceResponse Answer(string conversationId, Activity activity, bool update)
    {
        var key = update ? "update|" + conversationId : conversationId;
        if (faults.TryGetValue(key, out var queue) && queue.TryPeek(out var fault))
        {
            if (!alwaysFail.ContainsKey(key))
            {
                queue.TryDequeue(out _);
            }

            var response = new HttpResponseMessage(fault.Status);
            if (fault.RetryAfter is { } seconds)
            {
                response.Headers.TryAddWithoutValidation("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            throw new ErrorResponseException("Operation returned an invalid status code") { Response = new Microsoft.Rest.HttpResponseMessageWrapper(response, "{}") };
        }

        sent.Enqueue((conversationId, activity, time.GetUtcNow(), update));
        return new ResourceResponse("posted-" + Interlocked.Increment(ref nextId));
    }
}
