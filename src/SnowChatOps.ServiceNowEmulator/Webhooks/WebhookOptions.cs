using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.ServiceNowEmulator.Webhooks;

/// <summary>Where state changes are posted (section <c>Emulator:Webhook</c>); also settable via <c>PUT /_emulator/webhook</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Emulator:Webhook";

    [Url]
    public string? Url { get; init; }

    public string? Secret { get; init; }

    /// <summary>Delivery attempts per event (at-least-once; backoff 1 s, 2 s, 4 s ...).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; init; } = 4;
}
