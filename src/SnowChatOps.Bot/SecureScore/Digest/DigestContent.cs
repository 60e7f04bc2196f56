using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>What one tenant's digest says; <see cref="NothingToSay"/> when it has no open ticket and no points gained.</summary>
internal sealed record DigestContent(
    IReadOnlyList<KeyValuePair<string, int>> OpenByState,
    IReadOnlyList<TrackedTicket> Overdue,
    IReadOnlyList<TrackedTicket> DueSoon,
    double? PointsThisWeek,
    IReadOnlyList<ImprovementAction> Suggestions)
{
    public bool NothingToSay => OpenByState.Count == 0 && PointsThisWeek is not > 0;
}
