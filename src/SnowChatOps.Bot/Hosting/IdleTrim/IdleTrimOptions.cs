using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.Hosting.IdleTrim;

/// <summary>
/// Section <c>Hosting:IdleTrim</c>: once the bot has had no traffic for <see cref="After"/>, the GC's memory is given
/// back to the operating system (one compacting, decommitting collection), once per quiet period.
/// </summary>
internal sealed class IdleTrimOptions
{
    public const string Section = "Hosting:IdleTrim";

    /// <summary>False keeps whatever the GC has committed until it decides otherwise.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How long without a request (probes do not count) before the trim; checked every half of it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Hosting:IdleTrim:After must be between 1 second and 1 hour.")]
    public TimeSpan After { get; init; } = TimeSpan.FromSeconds(30);
}
