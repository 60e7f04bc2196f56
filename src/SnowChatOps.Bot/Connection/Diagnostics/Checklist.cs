namespace SnowChatOps.Bot.Connection.Diagnostics;

/// <summary>The checklist's lines and which button fixes the state it found.</summary>
internal sealed record Checklist(IReadOnlyList<CheckResult> Checks, bool NeedsConnect, bool NeedsAuthorization);
