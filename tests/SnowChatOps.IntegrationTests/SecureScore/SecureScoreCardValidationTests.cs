using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Alerts;
using SnowChatOps.Bot.SecureScore.Confirmation;
using SnowChatOps.Bot.SecureScore.Digest;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.SecureScore.Reminders;
using SnowChatOps.Bot.SecureScore.Settings;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.SecureScore.WriteBack;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.IntegrationTests.Cards;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>Every Secure Score card, in both languages, through the official Adaptive Cards parser (schema 1.5, no unknown properties).</summary>
public sealed class SecureScoreCardValidationTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task SecureScoreCards_AllStates_AreValidAdaptiveCards15(string culture)
    {
        await CardsInCulture.AssertAllValidAsync(culture, Cards, expected: 11);
    }

    private static List<(string Name, AdaptiveCard Card)> Cards()
    {
        var drop = Drop();
        var lines = new[]
        {
            new ScoreDropLine(drop.Losses[0], SharingActions.AdminMfa.Title, ActionCategory.Identity, SharingActions.AdminMfa.Id),
            new ScoreDropLine(drop.Losses[1], SharingActions.DeviceEncryption.Title, ActionCategory.Devices, SharingActions.DeviceEncryption.Id),
            new ScoreDropLine(drop.Losses[2], drop.Losses[2].ControlId, null, null),
        };
        var portal = PointsCard.PortalLink(SharingActions.AdminMfa.Id);
        var full = new SecureScoreSettings("tenant-a")
        {
            WriteBack = true, ResolvedState = ControlStates.Reviewed, DropThreshold = 2.5, Quiet = new(new(22, 0), new(7, 0)),
            LastFailure = WriteFailures.Forbidden, LastFailureAt = At,
        };
        return
        [
            ("score-drop", ScoreDropCard.Build(drop, lines, more: 2)),
            ("score-drop-unnamed", ScoreDropCard.Build(drop with { Losses = [] }, [], more: 0)),
            ("digest-full", DigestCard.Build(DateOnly.FromDateTime(At.UtcDateTime), FullDigest())),
            ("digest-minimal", DigestCard.Build(DateOnly.FromDateTime(At.UtcDateTime), new DigestContent([new("New", 1)], [], [], null, []))),
            ("reminder-due-soon", ReminderCard.Build(Tracked("CHG0030001", TimeSpan.FromHours(8)) with { Title = "Require MFA\nfor admins" }, At.AddHours(20), ReminderKind.DueSoon)),
            ("reminder-overdue", ReminderCard.Build(Tracked("CHG0030002", TimeSpan.FromHours(-5)), At.AddHours(-3), ReminderKind.Overdue)),
            ("points-rise", PointsCard.Build("CHG0030001", SharingActions.AdminMfa.Title, 9.5, TimeSpan.FromHours(26), portal)),
            ("points-no-change", PointsCard.Build("CHG0030001", SharingActions.AdminMfa.Title, null, TimeSpan.FromHours(72), portal)),
            ("settings-defaults", SecureScoreSettingsCard.Build(new SecureScoreSettings("tenant-a"))),
            ("settings-full", SecureScoreSettingsCard.Build(full)),
            ("settings-error", SecureScoreSettingsCard.Build(full with { LastFailure = "http-503" }, SecureScoreText.Settings_QuietInvalid)),
        ];
    }

    private static ScoreDrop Drop()
    {
        var before = new Dictionary<string, double> { ["AdminMFAV2"] = 10, ["DeviceEncryption"] = 5, ["UnknownControl"] = 3 };
        var after = new Dictionary<string, double> { ["AdminMFAV2"] = 0, ["DeviceEncryption"] = 2.5, ["UnknownControl"] = 1 };
        var previous = new SecureScoreSnapshot(At.AddDays(-1), 61.25, 120, before);
        var current = new SecureScoreSnapshot(At, 47.75, 120, after);
        return ScoreDrop.Detect(previous, current, threshold: 2) ?? throw new InvalidOperationException("The sample drop is below the threshold.");
    }

    private static DigestContent FullDigest()
    {
        var overdue = Enumerable.Range(1, 6).Select(i => Tracked($"CHG003001{i}", TimeSpan.Zero)).ToList();
        return new DigestContent(
            [new("New", 4), new("Assess", 2), new("Implement", 1)],
            overdue,
            [Tracked("CHG0030020", TimeSpan.FromHours(8))],
            3.5,
            SharingActions.All.Take(3).ToList());
    }

    private static TrackedTicket Tracked(string number, TimeSpan offset) =>
        new TrackedTicket("tenant-a", TicketTable.ChangeRequest, number.PadRight(32, '0'), number, "AdminMFAV2", "19:x@thread.tacv2", "card-1", "-5", At)
        {
            UtcOffset = offset, DueAt = At.AddDays(1),
        };
}
