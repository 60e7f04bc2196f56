using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Settings of the ServiceNow client (section "ServiceNow").</summary>
internal sealed class ServiceNowOptions
{
    public const string Section = "ServiceNow";

    /// <summary>Hosts accepted as instances besides *.service-now.com and *.servicenowservices.com (exact names).</summary>
    public IList<string> AdditionalAllowedHosts { get; init; } = [];

    /// <summary>Allows http://127.0.0.1 / http://localhost instances (the emulator). Set only in Development.</summary>
    public bool AllowLoopback { get; init; }

    /// <summary>Refresh the access token when it expires within this window.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RefreshBeforeExpiry { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Rows per Table API page when listing.</summary>
    [Range(1, 10000)]
    public int PageSize { get; init; } = 1000;

    [Required]
    public ServiceNowResilienceOptions Resilience { get; init; } = new();

    public ServiceNowHostPolicy ToHostPolicy() => new([.. AdditionalAllowedHosts], AllowLoopback);
}
