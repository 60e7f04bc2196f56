using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.GraphEmulator;

/// <summary>Section <c>GraphEmulator</c>.</summary>
internal sealed class GraphEmulatorOptions
{
    public const string Section = "GraphEmulator";

    /// <summary>The only bearer token accepted on <c>/v1.0/*</c> (the bot's Development Graph token is the same value).</summary>
    [Required, MinLength(4)]
    public string BearerToken { get; set; } = "snowchatops-dev-graph-token";

    /// <summary>Profiles per <c>secureScoreControlProfiles</c> page before an <c>@odata.nextLink</c>.</summary>
    [Range(1, 500)]
    public int PageSize { get; set; } = 20;

    /// <summary>How long after a state change (or a score set through the control API) the control's points move.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan ScoreDelay { get; set; } = TimeSpan.FromHours(24);

    /// <summary>One snapshot per UTC day, taken at 00:00 of the emulator's clock; off: only snapshots added by a test are served.</summary>
    public bool DailySnapshots { get; set; } = true;

    /// <summary>Days of snapshot history present when the emulator starts (Graph keeps 90).</summary>
    [Range(1, 90)]
    public int HistoryDays { get; set; } = 7;

    /// <summary>False: the app lacks SecurityEvents.ReadWrite.All and every PATCH is refused with 403.</summary>
    public bool CanWrite { get; set; } = true;
}
