using System.Text;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Connection;

/// <summary>
/// A tenant's ServiceNow connection, decrypted. One per Teams tenant. <see cref="ToString"/> never prints secrets.
/// <see cref="ETag"/> is the stored version this value was read at (null for one not yet stored).
/// </summary>
internal sealed record ServiceNowConnection
{
    public required string TenantId { get; init; }

    public required string InstanceUrl { get; init; }

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public required ServiceNowTokens Tokens { get; init; }

    /// <summary>How the tokens are obtained; connections stored before the choice existed are authorization-code ones.</summary>
    public ServiceNowGrant Grant { get; init; } = ServiceNowGrant.AuthorizationCode;

    public ConnectionStatus Status { get; init; } = ConnectionStatus.Connected;

    /// <summary>A short code such as "refresh_rejected"; never a secret or ServiceNow's free text.</summary>
    public string? StatusReason { get; init; }

    public string? ConnectedAsUserName { get; init; }

    public bool ConnectedAsIntegrationUser { get; init; }

    public string? Version { get; init; }

    public required string ConnectedByName { get; init; }

    public required string ConnectedByAadObjectId { get; init; }

    public required DateTimeOffset ConnectedAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>Where the connection was made: reauthorization notices go there.</summary>
    public string? ConversationId { get; init; }

    public DateTimeOffset? ReauthorizationNotifiedAt { get; init; }

    public IReadOnlyDictionary<string, string> StateNames { get; init; } = new Dictionary<string, string>();

    public string? ETag { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("TenantId = ").Append(TenantId).Append(", InstanceUrl = ").Append(InstanceUrl)
            .Append(", ClientId = ").Append(ClientId).Append(", ClientSecret = ***, Tokens = ").Append(Tokens)
            .Append(", Grant = ").Append(Grant).Append(", Status = ").Append(Status);
        return true;
    }
}
