using System.Text;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Connection.Confirmation;

/// <summary>
/// A finished ServiceNow sign-in waiting for the admin to confirm, in Teams, the account it signed in as. Nothing is
/// a connection yet: the tokens live only here (encrypted at rest) until the admin confirms, and are revoked if the
/// admin declines or the confirmation expires. <see cref="Id"/> travels in the card's buttons; only the admin who
/// started connecting (<see cref="AdminAadObjectId"/>) may press them.
/// </summary>
internal sealed record PendingConfirmation
{
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string AdminAadObjectId { get; init; }

    public required string AdminName { get; init; }

    public required string Locale { get; init; }

    /// <summary>The admin's personal chat, where the confirmation card is.</summary>
    public required ConversationReference Conversation { get; init; }

    public required string InstanceUrl { get; init; }

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public required ServiceNowTokens Tokens { get; init; }

    /// <summary>The <c>sys_user</c> the tokens act as.</summary>
    public required string SignedInAsUserName { get; init; }

    public required string SignedInAsName { get; init; }

    public required bool SignedInAsIntegrationUser { get; init; }

    /// <summary>The connection's ETag when the admin started connecting; null when there was none.</summary>
    public string? ConnectionETag { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("TenantId = ").Append(TenantId).Append(", InstanceUrl = ").Append(InstanceUrl)
            .Append(", SignedInAs = ").Append(SignedInAsUserName).Append(", Tokens = ").Append(Tokens).Append(", ExpiresAt = ").Append(ExpiresAt);
        return true;
    }
}
