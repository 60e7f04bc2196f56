namespace SnowChatOps.Bot.Tracking.Polling;

/// <summary>One processed record version: ServiceNow bumps <c>sys_mod_count</c> on every write, so the pair names it exactly.</summary>
internal sealed record SeenVersion(string SysId, int ModCount, DateTimeOffset UpdatedOn);
