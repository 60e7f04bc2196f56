using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Posture;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>A snapshot source serving <see cref="Latest"/>, or failing as an unreachable Graph would when <see cref="Unavailable"/>.</summary>
internal sealed class FixedSecureScoreSnapshotSource : ISecureScoreSnapshotSource
{
    public SecureScoreSnapshot? Latest { get; set; } = new(
        new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), 40, 100,
        new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase) { ["AdminMFAV2"] = 4 });

    public bool Unavailable { get; set; }

    public Task<SecureScoreSnapshot?> GetLatestAsync(string tenantId, CancellationToken cancellationToken) =>
        Unavailable
            ? throw new ImprovementActionsUnavailableException("Secure Score snapshots are unavailable in this test.")
            : Task.FromResult(Latest);

    public Task<IReadOnlyList<SecureScoreSnapshot>> GetRecentAsync(string tenantId, int count, CancellationToken cancellationToken) =>
        Unavailable
            ? throw new ImprovementActionsUnavailableException("Secure Score snapshots are unavailable in this test.")
            : Task.FromResult<IReadOnlyList<SecureScoreSnapshot>>(Latest is { } latest ? [latest] : []);
}
