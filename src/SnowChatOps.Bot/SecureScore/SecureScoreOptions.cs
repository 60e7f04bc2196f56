using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.SecureScore;

/// <summary>Where improvement actions come from and how long a tenant's Graph catalog is cached (section <c>SecureScore</c>).</summary>
internal sealed class SecureScoreOptions
{
    public const string Section = "SecureScore";

    /// <summary><c>Graph</c> or <c>OfflineCatalog</c>; defaults to OfflineCatalog in Development, Graph elsewhere.</summary>
    public ImprovementActionSourceKind Source { get; set; } = ImprovementActionSourceKind.Graph;

    /// <summary>Graph root including the version segment; overridable so tests can point at a local server.</summary>
    [Required]
    public Uri GraphBaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0/");

    /// <summary>How long a tenant's full catalog read from Graph is reused.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Safety stop for <c>@odata.nextLink</c> paging.</summary>
    [Range(1, 1000)]
    public int MaxPages { get; set; } = 50;
}
