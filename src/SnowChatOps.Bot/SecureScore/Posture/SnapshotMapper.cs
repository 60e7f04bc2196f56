using SnowChatOps.Bot.SecureScore.Graph;

namespace SnowChatOps.Bot.SecureScore.Posture;

/// <summary>Maps a Graph <c>secureScore</c> to a snapshot; entries without a control name or a finite score are dropped.</summary>
internal static class SnapshotMapper
{
    public static SecureScoreSnapshot? ToSnapshot(SecureScoreDto? dto)
    {
        if (dto?.CreatedDateTime is not { } createdAt)
        {
            return null;
        }

        var scores = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var control in dto.ControlScores ?? [])
        {
            if (control is { ControlName: { Length: > 0 } name, Score: { } score } && double.IsFinite(score) && score >= 0)
            {
                scores[name.Trim()] = score;
            }
        }

        return new SecureScoreSnapshot(createdAt, Finite(dto.CurrentScore), Finite(dto.MaxScore), scores);
    }

    private static double Finite(double? value) => value is { } v && double.IsFinite(v) && v >= 0 ? v : 0;
}
