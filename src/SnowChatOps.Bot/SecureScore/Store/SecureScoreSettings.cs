using SnowChatOps.Bot.SecureScore.WriteBack;

namespace SnowChatOps.Bot.SecureScore.Store;

/// <summary>
/// A tenant's Secure Score write-back choice (off until an admin turns it on), the state a resolved or closed ticket
/// writes, and the last write failure (a fixed code such as <c>forbidden</c> or <c>http-503</c>) shown on the settings card.
/// </summary>
internal sealed record SecureScoreSettings(string TenantId)
{
    public bool WriteBack { get; init; }

    public string ResolvedState { get; init; } = ControlStates.ThirdParty;

    public string? LastFailure { get; init; }

    public DateTimeOffset? LastFailureAt { get; init; }
}
