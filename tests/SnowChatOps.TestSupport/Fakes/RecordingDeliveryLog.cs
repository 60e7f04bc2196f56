using System.Collections.Concurrent;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>Records every delivery outcome ("delivered" or the failure's reason code) in order.</summary>
internal sealed class RecordingDeliveryLog : INotificationDeliveryLog
{
    private readonly ConcurrentQueue<(string ConversationId, string Number, string Outcome)> outcomes = new();

    public IReadOnlyList<(string ConversationId, string Number, string Outcome)> Outcomes => [.. outcomes];

    public Task DeliveredAsync(string tenantId, NotificationTarget target, string ticketNumber, CancellationToken cancellationToken)
    {
        outcomes.Enqueue((target.ConversationId, ticketNumber, "delivered"));
        return Task.CompletedTask;
    }

    public Task FailedAsync(string tenantId, NotificationTarget target, string ticketNumber, string reason, CancellationToken cancellationToken)
    {
        outcomes.Enqueue((target.ConversationId, ticketNumber, reason));
        return Task.CompletedTask;
    }
}
