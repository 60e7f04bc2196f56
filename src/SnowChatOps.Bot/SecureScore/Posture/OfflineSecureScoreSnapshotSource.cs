using System.Text.Json;
using SnowChatOps.Bot.SecureScore.Graph;

namespace SnowChatOps.Bot.SecureScore.Posture;

/// <summary>Serves the sample snapshot shipped inside the app (a Graph-shaped <c>secureScores</c> page) to every tenant.</summary>
internal sealed class OfflineSecureScoreSnapshotSource : ISecureScoreSnapshotSource
{
    public const string ResourceName = "SnowChatOps.Bot.SecureScore.Catalog.secure-scores.json";

    private readonly Lazy<SecureScoreSnapshot?> snapshot = new(Load);

    public Task<SecureScoreSnapshot?> GetLatestAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(snapshot.Value);
    }

    /// <summary>The sample is a single snapshot, so it never shows a change between two days.</summary>
    public Task<IReadOnlyList<SecureScoreSnapshot>> GetRecentAsync(string tenantId, int count, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<SecureScoreSnapshot>>(snapshot.Value is { } one && count > 0 ? [one] : []);
    }

    private static SecureScoreSnapshot? Load()
    {
        using var stream = typeof(OfflineSecureScoreSnapshotSource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        var page = JsonSerializer.Deserialize(stream, SecureScoreJsonContext.Default.SecureScorePageDto)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");
        return SnapshotMapper.ToSnapshot(page.Value?.FirstOrDefault());
    }
}
