using System.Globalization;
using System.Text.Json;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tracking.Changes;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;

namespace SnowChatOps.Bot.Tracking.Webhook;

/// <summary>
/// POST /api/servicenow/events: finds the tenant by the event's instance (index, then the connection must still
/// be that instance), checks the HMAC signature and the timestamp (±5 min), refuses replays by event id, then
/// hands the change to <see cref="StateChangeProcessor"/>.
/// </summary>
internal sealed class StateChangeWebhook(
    ITrackingStore store, IConnectionStore connections, WebhookSecrets secrets, IIdempotencyStore claims,
    StateChangeProcessor processor, NotificationSources sources, TimeProvider time, ILogger<StateChangeWebhook> logger)
{
    public const string ReplayScope = "webhook-event";
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public async Task<WebhookOutcome> ReceiveAsync(string? timestamp, string? signature, string body, CancellationToken cancellationToken)
    {
        if (Parse(body) is not { } change)
        {
            logger.WebhookRejected("malformed body");
            return WebhookOutcome.Malformed;
        }

        if (await AuthenticateAsync(change, timestamp, signature, body, cancellationToken) is not { } tenantId)
        {
            return WebhookOutcome.Unauthorized;
        }

        if (!await claims.TryClaimAsync(ReplayScope, $"{tenantId}|{change.EventId}", cancellationToken))
        {
            logger.WebhookReplay(change.EventId!);
            return WebhookOutcome.Accepted;
        }

        logger.WebhookAccepted(change.Number ?? change.SysId!);
        await sources.WebhookReceivedAsync(tenantId, cancellationToken);
        await ProcessAsync(tenantId, change, cancellationToken);
        return WebhookOutcome.Accepted;
    }

    private async Task ProcessAsync(string tenantId, StateChangeEvent change, CancellationToken cancellationToken)
    {
        var table = TicketTableNames.TryParse(change.Table, out var parsed) ? parsed.Value : TicketTable.Incident;
        var observed = new ObservedState(change.State!, UpdatedOn(change.SysUpdatedOn), change.UpdatedBy, null) { ModCount = change.ModCount };
        var handled = false;
        try
        {
            await processor.ApplyAsync(tenantId, table, change.SysId!, observed, "webhook", cancellationToken);
            handled = true;
        }
        finally
        {
            if (!handled)
            {
                // Let ServiceNow's retry of this event through; the poller would also catch the change.
                await claims.ReleaseAsync(ReplayScope, $"{tenantId}|{change.EventId}", CancellationToken.None);
            }
        }
    }

    private async Task<string?> AuthenticateAsync(StateChangeEvent change, string? timestamp, string? signature, string body, CancellationToken cancellationToken)
    {
        var instance = InstanceKey.Normalize(change.Instance);
        var tenantId = instance is null ? null : await FindTenantAsync(instance, cancellationToken);
        var connection = tenantId is null ? null : await connections.GetAsync(tenantId, cancellationToken);
        if (connection is null || InstanceKey.Normalize(connection.InstanceUrl) != instance)
        {
            return Reject("unknown instance");
        }

        if (timestamp is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > MaxClockSkew)
        {
            return Reject("timestamp missing or more than 5 minutes off");
        }

        var candidates = await secrets.ForTenantAsync(tenantId!, cancellationToken);
        return candidates.Any(secret => WebhookSignature.Matches(secret, timestamp, body, signature)) ? tenantId : Reject("bad signature");
    }

    /// <summary>The index first; a connection made since the last index refresh is found by scan and indexed.</summary>
    private async Task<string?> FindTenantAsync(string instance, CancellationToken cancellationToken)
    {
        if (await store.FindTenantByInstanceAsync(instance, cancellationToken) is { } indexed)
        {
            return indexed;
        }

        var tenantId = await connections.FindTenantByInstanceAsync(instance, cancellationToken);
        if (tenantId is not null)
        {
            await store.IndexInstanceAsync(tenantId, instance, cancellationToken);
        }

        return tenantId;
    }

    private string? Reject(string reason)
    {
        logger.WebhookRejected(reason);
        return null;
    }

    private static StateChangeEvent? Parse(string body)
    {
        try
        {
            var change = JsonSerializer.Deserialize<StateChangeEvent>(body);
            return change is { IsComplete: true, IsWithinLimits: true } && TicketTableNames.TryParse(change.Table, out _) ? change : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string UpdatedOn(string? value)
        => ServiceNowDateTime.ParseOrNull(value) is { } at ? ServiceNowDateTime.ToServiceNow(at) : value ?? string.Empty;
}
