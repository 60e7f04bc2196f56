using Microsoft.Extensions.Options;

namespace SnowChatOps.ServiceNowEmulator.Webhooks;

/// <summary>The webhook URL and secret in force: from config at start, replaceable through the control API.</summary>
internal sealed class WebhookTarget(IOptions<WebhookOptions> options)
{
    private readonly Lock gate = new();
    private (string? Url, string? Secret) current = (options.Value.Url, options.Value.Secret);

    public (string? Url, string? Secret) Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    public void Set(string? url, string? secret)
    {
        lock (gate)
        {
            current = (url, secret);
        }
    }

    public void Reset() => Set(options.Value.Url, options.Value.Secret);
}
