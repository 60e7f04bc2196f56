namespace SnowChatOps.Bot.SecureScore.Alerts;

/// <summary>A lost control as the card names it: the action's title and category when the catalog knows it (then it can be shared).</summary>
internal sealed record ScoreDropLine(ControlLoss Loss, string Title, ActionCategory? Category, string? ShareActionId);
