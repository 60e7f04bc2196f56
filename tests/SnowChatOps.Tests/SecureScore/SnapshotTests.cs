using Microsoft.Extensions.Logging.Abstractions;
using SnowChatOps.Bot.SecureScore.Graph;
using SnowChatOps.Bot.SecureScore.Offline;
using SnowChatOps.Bot.SecureScore.Posture;

namespace SnowChatOps.Tests.SecureScore;

public sealed class SnapshotTests
{
    [Fact]
    public async Task OfflineSnapshot_ShippedSample_ScoresEveryActiveCatalogControlWithinItsMax()
    {
        var actions = await new OfflineCatalogImprovementActionSource(NullLogger<OfflineCatalogImprovementActionSource>.Instance)
            .GetAllAsync("tenant", TestContext.Current.CancellationToken);

        var snapshot = await new OfflineSecureScoreSnapshotSource().GetLatestAsync("tenant", TestContext.Current.CancellationToken);

        Assert.NotNull(snapshot);
        Assert.All(actions.Where(a => !a.Deprecated), a => Assert.InRange(snapshot.ScoreOf(a.Id) ?? -1, 0, a.MaxScore));
        Assert.Equal(snapshot.ControlScores.Values.Sum(), snapshot.CurrentScore, 3);
    }

    [Fact]
    public void Mapper_BadControlEntries_AreDroppedAndNamesMatchIgnoringCase()
    {
        var dto = new SecureScoreDto(
            "t_2026-11-26", new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), 12, 100,
            [new ControlScoreDto(" AdminMFAV2 ", 5), new ControlScoreDto(null, 3), new ControlScoreDto("Neg", -1),
             new ControlScoreDto("NaN", double.NaN), new ControlScoreDto("NoScore", null), null]);

        var snapshot = SnapshotMapper.ToSnapshot(dto);

        Assert.Equal(["AdminMFAV2"], snapshot!.ControlScores.Keys);
        Assert.Equal(5, snapshot.ScoreOf("adminmfav2"));
        Assert.Null(snapshot.ScoreOf("Neg"));
    }

    [Fact]
    public void Mapper_SnapshotWithoutDate_IsNoSnapshot()
    {
        Assert.Null(SnapshotMapper.ToSnapshot(new SecureScoreDto("x", null, 1, 2, [])));
        Assert.Null(SnapshotMapper.ToSnapshot(null));
    }
}
