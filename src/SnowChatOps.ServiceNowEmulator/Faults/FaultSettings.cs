using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.ServiceNowEmulator.Faults;

/// <summary>The faults the emulator injects on ServiceNow paths; <c>PUT /_emulator/faults</c> replaces them all.</summary>
public sealed record FaultSettings
{
    /// <summary>Added delay before every ServiceNow path answers.</summary>
    [Range(0, 120_000)]
    public int LatencyMs { get; init; }

    /// <summary>Share (0..1) of Table API calls answered 500.</summary>
    [Range(0.0, 1.0)]
    public double ErrorRate { get; init; }

    /// <summary>After this many Table API calls (counted from when set), answer 429; null disables.</summary>
    [Range(0, int.MaxValue)]
    public int? RateLimitAfter { get; init; }

    /// <summary>Seconds put in Retry-After on a 429.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; init; } = 60;

    /// <summary>Every ServiceNow path answers 503.</summary>
    public bool ServiceUnavailable { get; init; }

    /// <summary>Table API reads of oauth_entity answer the cross-scope access policy 403.</summary>
    public bool CrossScopeOAuthEntity { get; init; }

    /// <summary>Every ServiceNow path answers as IP address access control does for a denied address.</summary>
    public bool IpBlocked { get; init; }

    /// <summary>When set, sys_properties glide.buildtag.last / glide.war report this build tag (e.g. glide-jakarta-05-03-2017__patch1).</summary>
    public string? InstanceVersion { get; init; }

    /// <summary>Sets the application registry entry's active=false: authorize and token requests fail.</summary>
    public bool OauthEntityDisabled { get; init; }
}
