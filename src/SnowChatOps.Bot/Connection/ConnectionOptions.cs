using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.Connection;

/// <summary>How admins connect ServiceNow.</summary>
public sealed class ConnectionOptions
{
    public const string Section = "Connection";

    /// <summary>The bot's public base URL; ServiceNow redirects to {PublicBaseUrl}/oauth/servicenow/callback.</summary>
    [Required(ErrorMessage = "Connection:PublicBaseUrl is required (the bot's public https URL, used as the OAuth redirect).")]
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>How long a sign-in link stays valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "00:30:00")]
    public TimeSpan AuthorizationLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a tenant's decrypted connection is used without checking the row's ETag (0: check every time).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan CacheFreshFor { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long decrypted credentials stay in memory after they were read, checked or not.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CacheLifetime { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Development only: values the connect card starts with, e.g. the local ServiceNow emulator's.</summary>
    public ConnectionPrefill? DevPrefill { get; init; }

    /// <summary>A method, not a property, so options validation does not evaluate it before PublicBaseUrl is checked.</summary>
    public Uri GetCallbackUri() => new(PublicBaseUrl!, "oauth/servicenow/callback");
}
