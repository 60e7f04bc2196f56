using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.SecureScore.Confirmation;

/// <summary>Section <c>SecureScore:Confirmations</c>: the "+N points" / "no change yet" check after a ticket is resolved or closed.</summary>
internal sealed class PointsConfirmationOptions
{
    public const string Section = "SecureScore:Confirmations";

    /// <summary>The background check; off in tests, which call <see cref="PointsConfirmer.RunOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often pending confirmations are checked (Secure Score takes one snapshot a day; 24–48 h to reflect a change).
    /// The minimum is a few seconds, not a minute, for the local Graph emulator: its clock jumps two days at a request, and
    /// the end-to-end test and <c>scripts/run.sh --graph</c> should show "+N points" seconds later. A cycle reads one Table
    /// partition and, only when something is pending, one snapshot per tenant (cached for <c>SecureScore:CacheDuration</c>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this long without a rise, "no change yet" is posted once and the ticket is no longer checked.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan NoChangeAfter { get; set; } = TimeSpan.FromHours(72);
}
