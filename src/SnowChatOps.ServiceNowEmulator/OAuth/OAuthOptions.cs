using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>OAuth settings (section <c>Emulator:OAuth</c>); lifespans seed the <c>oauth_entity</c> record.</summary>
public sealed class OAuthOptions
{
    public const string Section = "Emulator:OAuth";
    public const string DefaultRedirectUri = "http://127.0.0.1:3978/oauth/servicenow/callback";

    /// <summary>Registered redirect URLs; empty means <see cref="DefaultRedirectUri"/>.</summary>
    public string[] RedirectUris { get; init; } = [];

    [Range(1, int.MaxValue)]
    public int AccessTokenLifespan { get; init; } = 1800;

    [Range(1, int.MaxValue)]
    public int RefreshTokenLifespan { get; init; } = 8_640_000;

    /// <summary>Seconds an authorization code stays redeemable.</summary>
    [Range(1, 3600)]
    public int AuthCodeLifespan { get; init; } = 60;

    /// <summary>The user client_credentials tokens are issued as (the entity's "OAuth Application User").</summary>
    [Required]
    public string ClientCredentialsUser { get; init; } = Data.Seeder.ApiUserName;

    /// <summary>Resource-owner password grant; off by default as on hardened instances.</summary>
    public bool PasswordGrantEnabled { get; init; }

    /// <summary>Client-credentials grant; off unless enabled, as on a real instance.</summary>
    public bool ClientCredentialsGrantEnabled { get; init; }

    /// <summary>
    /// Users flagged web_service_access_only cannot sign in on the login page (UI login), as on a real instance
    /// ("non-interactive sessions"). On by default; false reproduces the lenient behaviour of older emulator builds.
    /// </summary>
    public bool EnforceWebServiceAccessOnly { get; init; } = true;

    public IReadOnlyList<string> EffectiveRedirectUris => RedirectUris.Length == 0 ? [DefaultRedirectUri] : RedirectUris;
}
