using System.Text;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Bot.Connection;

/// <summary>
/// An authorization in progress: created when the admin is shown the sign-in link, consumed (once) by the OAuth
/// callback. It binds the OAuth <c>state</c> to the tenant, the admin and the conversation to answer in.
/// </summary>
internal sealed record PendingAuthorization
{
    public required string State { get; init; }

    public required string TenantId { get; init; }

    public required string UserAadObjectId { get; init; }

    public required string UserName { get; init; }

    public required string Locale { get; init; }

    public required ConversationReference Conversation { get; init; }

    public required string InstanceUrl { get; init; }

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public required string CodeVerifier { get; init; }

    /// <summary>The connection's ETag when the admin started; null when there was none. Guards against a race.</summary>
    public string? ConnectionETag { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The chat card holding the sign-in link, replaced when the sign-in comes back (null if unknown).</summary>
    public string? CardActivityId { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("TenantId = ").Append(TenantId).Append(", InstanceUrl = ").Append(InstanceUrl).Append(", ExpiresAt = ").Append(ExpiresAt);
        return true;
    }
}
