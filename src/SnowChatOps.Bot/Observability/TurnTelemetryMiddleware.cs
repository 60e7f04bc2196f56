using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace SnowChatOps.Bot.Observability;

/// <summary>One span and one measurement per turn: activity type, conversation type and whether it failed.</summary>
internal sealed class TurnTelemetryMiddleware(Telemetry telemetry, TimeProvider time) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        using var span = Telemetry.Source.StartActivity("bot.turn", ActivityKind.Internal);
        span?.SetTag("bot.activity.type", activity.Type);
        span?.SetTag("bot.activity.name", activity.Name);
        span?.SetTag("bot.conversation.type", activity.Conversation?.ConversationType);
        var started = time.GetTimestamp();
        var outcome = "ok";
        try
        {
            await next(cancellationToken);
        }
        catch
        {
            outcome = "error";
            span?.SetStatus(ActivityStatusCode.Error);
            throw;
        }
        finally
        {
            var tags = new TagList { { "activity.type", activity.Type }, { "outcome", outcome } };
            telemetry.Turns.Add(1, tags);
            telemetry.TurnDuration.Record(time.GetElapsedTime(started).TotalMilliseconds, tags);
        }
    }
}
