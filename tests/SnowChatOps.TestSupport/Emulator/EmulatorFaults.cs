namespace SnowChatOps.TestSupport.Emulator;

/// <summary>
/// The emulator's fault switches (<c>PUT /_emulator/faults</c> replaces them all; a default instance is "no faults").
/// See docs/servicenow-emulator.md for what each does.
/// </summary>
public sealed record EmulatorFaults
{
    /// <summary>GET oauth_entity answers 403 with the cross-scope access policy message.</summary>
    public bool CrossScopeOAuthEntity { get; init; }

    /// <summary>Every ServiceNow path answers 403 "Access restricted (ip)".</summary>
    public bool IpBlocked { get; init; }

    /// <summary>Every ServiceNow path answers 503.</summary>
    public bool ServiceUnavailable { get; init; }

    /// <summary>Rewrites glide.buildtag.last, e.g. a pre-Kingston build tag.</summary>
    public string? InstanceVersion { get; init; }
}
