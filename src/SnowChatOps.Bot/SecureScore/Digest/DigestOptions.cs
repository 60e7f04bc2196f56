using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>Section <c>SecureScore:Digest</c>: the daily digest to every subscribed conversation.</summary>
internal sealed class DigestOptions
{
    public const string Section = "SecureScore:Digest";

    /// <summary>The background check; off in tests, which call <see cref="DigestPoster.RunOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The conversation's local time of day from which its digest is posted (once per local day).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:00")]
    public TimeSpan LocalTime { get; set; } = TimeSpan.FromHours(9);
}
