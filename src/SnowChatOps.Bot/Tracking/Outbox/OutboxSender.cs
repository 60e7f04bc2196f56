using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// Delivers outbox items: claims one (ETag; invisible to other instances for <see cref="OutboxOptions.ClaimDuration"/>),
/// skips it if someone finished it meanwhile, waits for a pacing slot by rescheduling (never by sleeping), delivers,
/// and records the outcome: delivered, retried later within the budget, or failed (never "delivered" for a failure).
/// The delivery side (Teams, ServiceNow, cards) is built when the first item is attempted: a sweep that finds
/// nothing due (most of them) needs the store only.
/// </summary>
internal sealed class OutboxSender(
    IOutboxStore store, Deferred<OutboxDelivery> delivery, ConversationPacer pacer, INotificationDeliveryLog deliveryLog, Telemetry telemetry,
    IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxSender> logger)
{
    /// <summary>One sweep: every due item, oldest first as the store lists them. Returns how many were finished.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var due = await store.ListDueAsync(time.GetUtcNow(), options.Value.BatchSize, cancellationToken);
        return await SendAsync(due, cancellationToken);
    }

    /// <summary>Tries <paramref name="items"/> now (the accepted change's first attempt, or a sweep's batch).</summary>
    public async Task<int> SendAsync(IEnumerable<OutboxItem> items, CancellationToken cancellationToken)
    {
        var finished = 0;
        foreach (var item in items)
        {
            finished += await TrySendAsync(item, cancellationToken) ? 1 : 0;
        }

        return finished;
    }

    private async Task<bool> TrySendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (item.DueAt > time.GetUtcNow() || await store.TryClaimAsync(item, time.GetUtcNow() + options.Value.ClaimDuration, cancellationToken) is not { } claimed)
        {
            return false;
        }

        if (await store.IsDoneAsync(claimed, cancellationToken))
        {
            await store.CompleteAsync(claimed, "done", cancellationToken);
            return true;
        }

        if (claimed.Work == OutboxWork.Notification && pacer.TryAcquire(claimed.TenantId, claimed.Target.ConversationId) is { } wait)
        {
            // Not an attempt: give back the one the claim counted.
            await store.RescheduleAsync(claimed with { Attempts = claimed.Attempts - 1 }, time.GetUtcNow() + wait, cancellationToken);
            return false;
        }

        var result = await AttemptAsync(claimed, cancellationToken);
        return await RecordAsync(claimed, result, cancellationToken);
    }

    private async Task<DeliveryResult> AttemptAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        try
        {
            return await delivery.Value.DeliverAsync(item, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The outbox's loop boundary (like the poller's): a change handler's or store's unexpected failure is
            // retried within the budget instead of ending the sweep for every other item.
            logger.OutboxAttemptFailed(ex, item.Number, item.Work.ToString());
            return DeliveryResult.Retry("error", TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, item.Attempts))));
        }
    }

    private async Task<bool> RecordAsync(OutboxItem item, DeliveryResult result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var budgetLeft = item.Attempts < options.Value.MaxAttempts && now + result.RetryAfter - item.CreatedAt <= options.Value.MaxDeliveryTime;
        if (result.Outcome == DeliveryOutcome.Retry && budgetLeft)
        {
            logger.OutboxRetry(item.Number, item.Work.ToString(), result.Reason, item.Attempts, result.RetryAfter);
            await store.RescheduleAsync(item, now + result.RetryAfter, cancellationToken);
            return false;
        }

        var outcome = result.Outcome == DeliveryOutcome.Delivered ? "delivered" : result.Outcome == DeliveryOutcome.Redirected ? "redirected" : "failed";
        await store.CompleteAsync(item, outcome, cancellationToken);
        if (item.Work == OutboxWork.Notification)
        {
            await ReportAsync(item, result, cancellationToken);
        }
        else if (result.Outcome != DeliveryOutcome.Delivered)
        {
            logger.OutboxWorkFailed(item.Number, item.Work.ToString(), result.Reason);
        }

        if (result.Fallback is { } fallback)
        {
            await TrySendAsync(fallback, cancellationToken);
        }

        return true;
    }

    private async Task ReportAsync(OutboxItem item, DeliveryResult result, CancellationToken cancellationToken)
    {
        var target = item.Target.ToTarget();
        if (result.Outcome == DeliveryOutcome.Delivered)
        {
            logger.OutboxDelivered(item.Number, item.Attempts);
            telemetry.NotificationFinished(item.ItemId.StartsWith("fallback:", StringComparison.Ordinal) ? "fallback" : "delivered");
            await deliveryLog.DeliveredAsync(item.TenantId, target, item.Number, cancellationToken);
            return;
        }

        logger.OutboxNotificationFailed(item.Number, result.Reason, item.Attempts);
        telemetry.NotificationFinished(result.Outcome == DeliveryOutcome.Redirected ? "redirected" : "failed");
        await deliveryLog.FailedAsync(item.TenantId, target, item.Number, result.Reason, cancellationToken);
    }
}
