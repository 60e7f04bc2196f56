using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.Bot.Tracking.Webhook;

/// <summary>
/// The secrets a tenant's webhook may be signed with: the tenant's own, and in Development also
/// <see cref="TrackingOptions.DevWebhookSecret"/> (the local emulator's), never outside Development.
/// </summary>
internal sealed class WebhookSecrets(ITrackingStore store, IOptions<TrackingOptions> options, IHostEnvironment environment, ILogger<WebhookSecrets> logger)
{
    public async Task<IReadOnlyList<string>> ForTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var found = new List<string>(2);
        if ((await store.GetAsync(tenantId, cancellationToken))?.WebhookSecret is { Length: > 0 } own)
        {
            found.Add(own);
        }

        if (options.Value.DevWebhookSecret is { Length: > 0 } dev)
        {
            if (environment.IsDevelopment())
            {
                found.Add(dev);
            }
            else
            {
                logger.DevSecretIgnored();
            }
        }

        return found;
    }
}
