namespace SnowChatOps.Bot.SecureScore.Store;

/// <summary>The last state update written to a tenant's control, and the ticket change that caused it (replays are skipped on it).</summary>
internal sealed record ControlWrite(string TenantId, string ControlId, string? State, string Comment, string ChangeKey, DateTimeOffset WrittenAt);
