using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Webhooks;

/// <summary>
/// Posts queued state changes to the webhook, signed, one at a time, retrying with backoff (1 s, 2 s, 4 s ...).
/// The event id stays the same across retries so the receiver can de-duplicate (at-least-once delivery).
/// </summary>
internal sealed class WebhookSender(
    WebhookQueue queue, WebhookTarget target, IHttpClientFactory clients, TimeProvider time,
    IOptions<WebhookOptions> options, InstanceUrl instance, ILogger<WebhookSender> logger) : BackgroundService
{
    public const string ClientName = "servicenow-emulator-webhook";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await DeliverAsync(change, stoppingToken);
        }
    }

    private async Task DeliverAsync(StateChange change, CancellationToken ct)
    {
        var (url, secret) = target.Current;
        if (url is null)
        {
            WebhookLog.NotConfigured(logger, change.Number);
            return;
        }

        var body = JsonSerializer.Serialize(new WebhookPayload(Guid.NewGuid().ToString(), instance.Value,
            change.Table, change.SysId, change.Number, change.State, change.PreviousState, change.UpdatedOn, change.ModCount, change.UpdatedBy));
        var attempts = options.Value.MaxAttempts;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            if (await TrySendAsync(url, secret ?? "", body, change.Number, attempt, ct))
            {
                return;
            }

            if (attempt < attempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Pow(2, attempt - 1)), time, ct);
            }
        }

        WebhookLog.GaveUp(logger, change.Number, attempts);
    }

    private async Task<bool> TrySendAsync(string url, string secret, string body, string number, int attempt, CancellationToken ct)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.UserAgent.ParseAdd("ServiceNow/1.0");
        request.Headers.Add("X-SnowChatOps-Timestamp", timestamp);
        request.Headers.Add("X-SnowChatOps-Signature", WebhookSigner.Sign(secret, timestamp, body));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                WebhookLog.Delivered(logger, number, (int)response.StatusCode, attempt);
                return true;
            }

            WebhookLog.AttemptRejected(logger, number, attempt, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            WebhookLog.AttemptFailed(logger, number, attempt, ex);
        }

        return false;
    }
}
