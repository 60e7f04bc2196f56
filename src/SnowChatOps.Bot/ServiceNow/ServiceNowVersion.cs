using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// A ServiceNow release family parsed from <c>glide.buildtag.last</c> / <c>glide.war</c>
/// (e.g. <c>glide-zurich-07-01-2025__patch2-09-10-2025.zip</c>).
/// </summary>
internal sealed partial record ServiceNowVersion(string Family, int? ReleaseIndex, int? Patch, string BuildTag) : IComparable<ServiceNowVersion>
{
    // Releases older than Jakarta are listed so that an unlisted name can safely be taken as a newer release.
    private static readonly string[] Releases =
    [
        "Geneva", "Helsinki", "Istanbul", "Jakarta", "Kingston", "London", "Madrid", "New York", "Orlando", "Paris",
        "Quebec", "Rome", "San Diego", "Tokyo", "Utah", "Vancouver", "Washington DC", "Xanadu", "Yokohama", "Zurich",
        "Australia", "Brazil",
    ];

    private static readonly int KingstonIndex = Array.IndexOf(Releases, "Kingston");

    public bool IsKnownRelease => ReleaseIndex is not null;

    /// <summary>True for Kingston or later; a release name we do not know yet is newer than every name we know.</summary>
    public bool IsAtLeastKingston => ReleaseIndex is not { } index || index >= KingstonIndex;

    public static bool TryParse(string? buildTag, [NotNullWhen(true)] out ServiceNowVersion? version)
    {
        version = null;
        var match = buildTag is null ? Match.Empty : BuildTagPattern().Match(buildTag.Trim());
        if (!match.Success)
        {
            return false;
        }

        var key = match.Groups["family"].Value;
        var index = Array.FindIndex(Releases, r => string.Equals(Key(r), key, StringComparison.OrdinalIgnoreCase));
        var family = index >= 0 ? Releases[index] : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key);
        int? patch = match.Groups["patch"].Success ? int.Parse(match.Groups["patch"].Value, CultureInfo.InvariantCulture) : null;
        version = new ServiceNowVersion(family, index >= 0 ? index : null, patch, buildTag!.Trim());
        return true;
    }

    public int CompareTo(ServiceNowVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byRelease = (ReleaseIndex ?? int.MaxValue).CompareTo(other.ReleaseIndex ?? int.MaxValue);
        return byRelease != 0 ? byRelease : (Patch ?? 0).CompareTo(other.Patch ?? 0);
    }

    public override string ToString() => Patch is { } p ? $"{Family} Patch {p}" : Family;

    private static string Key(string release) => release.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    [GeneratedRegex(@"^glide-(?<family>[a-z]+)-\d{2}-\d{2}-\d{4}(?:__patch(?<patch>\d+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex BuildTagPattern();
}
