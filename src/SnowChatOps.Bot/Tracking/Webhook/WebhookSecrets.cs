using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.Bot.Tracking.Webhook;

/// <summary>
/// The secrets a tenant's webhook may be signed with: the tenant's own, and in Development also
/// <see cref="TrackingOptions.DevWebhookSecret"/> (the local emulator's), never outside Development.
/// </summary>
internal sealed class WebhookSecrets(ITrackingStore store, IOptions<TrackingOptions> options, IHostEnvironment environment)
{
    public async Task<IReadOnlyList<string>> ForTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var found = new List<string>(2);
        if ((await store.GetAsync(tenantId, cancellationToken))?.WebhookSecret is { Length: > 0 } own)
        {
            found.Add(own);
        }

        // TrackingOptionsValidator refuses the setting elsewhere; the environment check keeps that true even unvalidated.
        if (options.Value.DevWebhookSecret is { Length: > 0 } dev && environment.IsDevelopment())
        {
            found.Add(dev);
        }

        return found;
    }
}
