namespace SnowChatOps.Bot.Tracking.Webhook;

/// <summary>What the endpoint answers: 202, 401 (no detail why) or 400.</summary>
internal enum WebhookOutcome
{
    Accepted,
    Unauthorized,
    Malformed,
}
