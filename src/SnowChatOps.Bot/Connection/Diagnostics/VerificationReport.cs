using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Connection.Diagnostics;

/// <summary>What verification learned: the connected user and version (when readable) and one line per check.</summary>
internal sealed record VerificationReport(ServiceNowUser? User, ServiceNowVersion? Version, IReadOnlyList<CheckResult> Checks)
{
    public bool TooOld => Version is { IsAtLeastKingston: false };
}
