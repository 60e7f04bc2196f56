namespace SnowChatOps.Bot.Tracking.Delivery;

/// <summary>
/// Lets another feature (Secure Score write-back) follow tracked tickets without reading Tracking's stores: called for
/// every state change Tracking accepts, at least once (retried after a failure or a crash), so handlers are idempotent.
/// </summary>
internal interface ITicketChangeHandler
{
    Task OnChangedAsync(TicketChange change, CancellationToken cancellationToken);
}
