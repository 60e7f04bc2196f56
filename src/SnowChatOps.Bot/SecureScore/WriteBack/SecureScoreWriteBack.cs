using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SnowChatOps.Bot.SecureScore.Confirmation;
using SnowChatOps.Bot.SecureScore.Graph;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.SecureScore.WriteBack;

/// <summary>
/// Follows accepted ticket changes into Secure Score: a resolved or closed ticket waits for its points (always), and,
/// where the tenant turned write-back on, the control's state follows the ticket (<see cref="ControlStateUpdate"/>).
/// Idempotent: a change key already written, or the same state and note as the last write, is not written again.
/// A Graph failure (403 without SecurityEvents.ReadWrite.All, 5xx, unreachable) is logged and kept on the settings
/// card; it never fails the ticket change.
/// </summary>
internal sealed class SecureScoreWriteBack(
    ISecureScoreStore store, GraphSecureScoreClient graph, PointsConfirmations confirmations, TicketStateNames stateNames,
    IOptions<SecureScoreOptions> options, TimeProvider time, ILogger<SecureScoreWriteBack> logger) : ITicketChangeHandler
{
    public async Task OnChangedAsync(TicketChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var ticket = change.Ticket;
        if (string.IsNullOrWhiteSpace(ticket.ActionId))
        {
            return;
        }

        var outcome = TicketOutcomes.Of(ticket.Table, change.ToState);
        await confirmations.FollowAsync(change, outcome, cancellationToken);
        var settings = await store.GetSettingsAsync(ticket.TenantId, cancellationToken);
        if (!settings.WriteBack || outcome == TicketOutcome.Unknown)
        {
            return;
        }

        if (options.Value.Source != ImprovementActionSourceKind.Graph)
        {
            logger.WriteBackWithoutGraph(ticket.TenantId);
            return;
        }

        var stateName = await stateNames.NameAsync(ticket.TenantId, ticket.Table, change.ToState, cancellationToken);
        if (ControlStateUpdate.For(change, outcome, settings.ResolvedState, stateName) is { } update)
        {
            await WriteAsync(change, settings, update, cancellationToken);
        }
    }

    private async Task WriteAsync(TicketChange change, SecureScoreSettings settings, ControlStateUpdate update, CancellationToken cancellationToken)
    {
        var ticket = change.Ticket;
        var last = await store.GetWriteAsync(ticket.TenantId, ticket.ActionId, cancellationToken);
        if (last?.ChangeKey == change.Key)
        {
            logger.ReplaySkipped(ticket.Number);
            return;
        }

        if (last is not null && last.State == update.State && last.Comment == update.Comment)
        {
            logger.UnchangedSkipped(ticket.Number, ticket.ActionId);
            return;
        }

        var failure = await TryPatchAsync(ticket, update, cancellationToken);
        if (failure is null)
        {
            logger.ControlStateWritten(ticket.TenantId, ticket.ActionId, ticket.Number, update.State);
            await store.SaveWriteAsync(new ControlWrite(ticket.TenantId, ticket.ActionId, update.State, update.Comment, change.Key, time.GetUtcNow()), cancellationToken);
        }

        if (failure != settings.LastFailure)
        {
            await store.SaveSettingsAsync(settings with { LastFailure = failure, LastFailureAt = failure is null ? null : time.GetUtcNow() }, cancellationToken);
        }
    }

    /// <returns>Null when written, else a fixed failure code for the settings card and the log.</returns>
    private async Task<string?> TryPatchAsync(TrackedTicket ticket, ControlStateUpdate update, CancellationToken cancellationToken)
    {
        try
        {
            await graph.UpdateControlStateAsync(
                ticket.TenantId, ticket.ActionId, new ControlStateUpdateDto(null, update.Comment, update.State, VendorInformationDto.SecureScore), cancellationToken);
            return null;
        }
        catch (HttpRequestException ex) when (ex.StatusCode == HttpStatusCode.Forbidden)
        {
            logger.WriteForbidden(ticket.TenantId);
            return WriteFailures.Forbidden;
        }
        catch (Exception ex) when (ex is HttpRequestException or MsalException or BrokenCircuitException or TimeoutRejectedException)
        {
            var reason = WriteFailures.Of(ex);
            logger.WriteFailed(ticket.TenantId, ticket.ActionId, ticket.Number, reason);
            return reason;
        }
    }
}
