namespace SnowChatOps.IntegrationTests.Bot.Fuzz;

/// <summary>Real ids from the set-up (a shared ticket, its submission, a rendered but unsent form) that fuzzed inputs reuse as stale or foreign.</summary>
internal sealed record FuzzKnownIds(string[] StaleCorrelations, string[] SysIds);
