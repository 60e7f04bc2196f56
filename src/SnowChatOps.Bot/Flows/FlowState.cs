namespace SnowChatOps.Bot.Flows;

/// <summary>
/// Where one user is in one flow, kept in PrivateConversationState (per conversation and user, so two admins in the
/// same channel each have their own). Values hold what was typed, so a card re-rendered after a validation error
/// keeps it. Secrets never go in here in clear: steps store them protected.
/// </summary>
public sealed class FlowState
{
    public string Flow { get; set; } = string.Empty;

    public string Step { get; set; } = string.Empty;

    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);

    public DateTimeOffset StartedAt { get; set; }
}
