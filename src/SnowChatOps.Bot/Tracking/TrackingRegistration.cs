using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Tracking.Changes;
using SnowChatOps.Bot.Tracking.Commands;
using SnowChatOps.Bot.Tracking.Outbox;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.Bot.Tracking.Subscriptions;
using SnowChatOps.Bot.Tracking.Webhook;

namespace SnowChatOps.Bot.Tracking;

internal static class TrackingRegistration
{
    /// <summary>
    /// Registers the state-change webhook, the fallback poller and the <c>tickets</c> / <c>notifications</c> commands.
    /// The poller loop is off with <c>Tracking:Enabled=false</c> (tests call <see cref="TicketStatePoller.PollOnceAsync"/>).
    /// Needs storage, secrets, proactive messaging, the ServiceNow client, the Connection feature (admins,
    /// connections) and Tickets/ (tracked tickets, the ticket card).
    /// </summary>
    public static IServiceCollection AddTracking(this IServiceCollection services)
    {
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrackingOptions>, TrackingOptionsValidator>();
        services.AddSingleton<ITrackingStore, TableTrackingStore>();
        services.AddTelemetryInstruments();
        services.AddOutbox();
        services.AddSingleton<StateChangeProcessor>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<StateChangeWebhook>();
        services.AddSingleton<IPollWatermarkStore, TablePollWatermarkStore>();
        services.AddSingleton<TableDeltaPoll>();
        services.AddSingleton<IPollLeaseStore, TablePollLeaseStore>();
        services.AddSingleton<PollLease>();
        services.AddSingleton<TicketStatePoller>();
        services.AddSingleton<NotificationsPresenter>();
        services.AddDeferred<TicketStatePoller>().AddHostedService<TicketPollingService>();
        services.AddSubscriptions();

        return services
            .AddChatCommand<TicketsCommand>(TrackingVerbs.Tickets, () => TrackingText.Command_Tickets, order: 60)
            .AddChatCommand<NotificationsCommand>(TrackingVerbs.Notifications, () => TrackingText.Command_Notifications, order: 61)
            .AddChatCommand<TicketsAllCommand>(TrackingVerbs.TicketsAll, () => Resources.Strings.Help_TicketsAll, order: 62)
            .AddChatCommand<NotificationsHereCommand>(TrackingVerbs.NotificationsHere)
            .AddChatCommand<NotificationsStopCommand>(TrackingVerbs.NotificationsStop);
    }

    /// <summary>
    /// POST /api/servicenow/events: ServiceNow's state-change webhook. No Bot Framework token (ServiceNow calls it);
    /// authenticated by the per-tenant HMAC signature. 202 accepted, 401 (no detail) refused, 400 malformed.
    /// </summary>
    public static IEndpointRouteBuilder MapTracking(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/" + NotificationsPresenter.WebhookPath, async (HttpRequest request, StateChangeWebhook webhook, CancellationToken cancellationToken) =>
        {
            if (request.ContentLength > MaxBody)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBody; // also bounds a chunked body that announces no length
            }

            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(cancellationToken);
            var outcome = await webhook.ReceiveAsync(
                request.Headers["X-SnowChatOps-Timestamp"].FirstOrDefault(), request.Headers["X-SnowChatOps-Signature"].FirstOrDefault(), body, cancellationToken);
            return outcome switch
            {
                WebhookOutcome.Accepted => Results.StatusCode(StatusCodes.Status202Accepted),
                WebhookOutcome.Malformed => Results.StatusCode(StatusCodes.Status400BadRequest),
                _ => Results.StatusCode(StatusCodes.Status401Unauthorized),
            };
        });
        return endpoints;
    }

    private const long MaxBody = 64 * 1024;
}
