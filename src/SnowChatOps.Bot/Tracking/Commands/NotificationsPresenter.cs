using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Tracking.Cards;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.Bot.Tracking.Subscriptions;

namespace SnowChatOps.Bot.Tracking.Commands;

/// <summary>
/// Builds the notifications card for the admin's conversation. The webhook secret is created on first use (and the
/// instance indexed for the webhook), but shown only in a personal chat: a channel card is visible to every member.
/// </summary>
internal sealed class NotificationsPresenter(
    ITrackingStore store, SubscriptionsOverview overview, IOptions<ConnectionOptions> connection, IOptions<TrackingOptions> tracking, ILogger<NotificationsPresenter> logger)
{
    public const string WebhookPath = "api/servicenow/events";

    public Task ShowAsync(ITurnContext turn, ServiceNowConnection snow, string? notice, CancellationToken cancellationToken)
        => ShowAsync(turn, snow, notice, false, cancellationToken);

    /// <param name="warning">True when <paramref name="notice"/> is a refusal (shown in the attention colour).</param>
    public async Task ShowAsync(ITurnContext turn, ServiceNowConnection snow, string? notice, bool warning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(snow);
        var tenantId = snow.TenantId;
        var secret = await EnsureSecretAsync(tenantId, snow.InstanceUrl, cancellationToken);
        var subscriptions = await overview.ReadAsync(tenantId, turn.Activity.Conversation.Id, cancellationToken);
        var personal = string.Equals(turn.Activity.Conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
        var url = new Uri(connection.Value.PublicBaseUrl!, WebhookPath);
        var view = new NotificationsView(subscriptions, url, personal ? secret : null, tracking.Value.PollInterval, notice, warning);
        await turn.ReplaceOrSendAsync(NotificationsCard.Build(view), cancellationToken);
    }

    public static string CurrentLocale => CultureInfo.CurrentUICulture.Name;

    private async Task<string> EnsureSecretAsync(string tenantId, string instanceUrl, CancellationToken cancellationToken)
    {
        var instance = InstanceKey.Normalize(instanceUrl) ?? instanceUrl;
        var candidate = RandomNumberGenerator.GetHexString(64, lowercase: true);
        var secret = await store.EnsureWebhookSecretAsync(tenantId, instance, candidate, cancellationToken);
        if (secret == candidate)
        {
            logger.SecretCreated(tenantId);
        }

        return secret;
    }
}
