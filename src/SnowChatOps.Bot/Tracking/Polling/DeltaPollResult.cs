namespace SnowChatOps.Bot.Tracking.Polling;

/// <summary>What one delta query found: records read from ServiceNow and state changes notified.</summary>
internal readonly record struct DeltaPollResult(int Read, int Changes);
