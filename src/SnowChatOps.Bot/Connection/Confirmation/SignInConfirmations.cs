using System.Globalization;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Authorization;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Confirmation;

/// <summary>
/// The admin's answer to "Signed in to ServiceNow as … — use this account?". Only the admin who started connecting
/// (same tenant, same Entra object id) may answer; a personal account needs a second, explicit yes; a decline or an
/// expired confirmation revokes the held tokens. The connection is committed only on a final yes.
/// </summary>
internal sealed class SignInConfirmations(
    IPendingConfirmationStore store, ConnectionCommitter committer, AuthorizationExchange exchange, TimeProvider time, ILogger<SignInConfirmations> logger)
{
    public async Task<ConfirmationAnswer> ConfirmAsync(ITurnContext turn, string id, bool personalAcknowledged, CancellationToken cancellationToken)
    {
        var (held, refusal) = await FindAsync(turn, id, cancellationToken);
        if (held is null)
        {
            return refusal!;
        }

        if (!held.SignedInAsIntegrationUser && !personalAcknowledged)
        {
            return new(ConfirmationCards.AskPersonal(held));
        }

        if (await store.TryConsumeAsync(id, cancellationToken) is not { } confirmed)
        {
            return new(ResultCards.Notice(ConnectionText.Confirm_Gone));
        }

        var outcome = await committer.CommitAsync(confirmed, cancellationToken);
        return new(outcome());
    }

    public async Task<ConfirmationAnswer> DeclineAsync(ITurnContext turn, string id, CancellationToken cancellationToken)
    {
        var (held, refusal) = await FindAsync(turn, id, cancellationToken);
        if (held is null)
        {
            return refusal!;
        }

        if (await store.TryConsumeAsync(id, cancellationToken) is not { } declined)
        {
            return new(ResultCards.Notice(ConnectionText.Confirm_Gone));
        }

        var revoked = await exchange.RevokeQuietlyAsync(declined.InstanceUrl, declined.Tokens, cancellationToken);
        logger.SignInDiscarded(declined.TenantId, "declined", revoked);
        return new(ResultCards.Notice(revoked ? ConnectionText.Confirm_Declined : ConnectionText.Confirm_DeclinedNotRevoked));
    }

    /// <summary>Revokes and forgets every held sign-in of the tenant (the connection is being removed or replaced).</summary>
    public async Task DiscardAllAsync(string tenantId, CancellationToken cancellationToken)
    {
        foreach (var held in await store.ConsumeForTenantAsync(tenantId, cancellationToken))
        {
            var revoked = await exchange.RevokeQuietlyAsync(held.InstanceUrl, held.Tokens, cancellationToken);
            logger.SignInDiscarded(tenantId, "discarded", revoked);
        }
    }

    private async Task<(PendingConfirmation? Held, ConfirmationAnswer? Refusal)> FindAsync(ITurnContext turn, string id, CancellationToken cancellationToken)
    {
        var held = string.IsNullOrEmpty(id) ? null : await store.GetAsync(id, cancellationToken);
        if (held is null)
        {
            return (null, new(ResultCards.Notice(ConnectionText.Confirm_Gone)));
        }

        var presser = turn.Activity.From?.AadObjectId;
        if (held.TenantId != turn.Activity.Conversation?.TenantId || string.IsNullOrEmpty(presser) || held.AdminAadObjectId != presser)
        {
            logger.ConfirmationNotYours(held.TenantId);
            var text = string.Format(CultureInfo.CurrentCulture, ConnectionText.Confirm_NotYours, held.AdminName);
            return (null, new(ResultCards.Notice(text), ReplacePressed: false));
        }

        if (held.ExpiresAt < time.GetUtcNow())
        {
            if (await store.TryConsumeAsync(id, cancellationToken) is { } expired)
            {
                var revoked = await exchange.RevokeQuietlyAsync(expired.InstanceUrl, expired.Tokens, cancellationToken);
                logger.SignInDiscarded(expired.TenantId, "expired", revoked);
            }

            return (null, new(ResultCards.Notice(ConnectionText.Confirm_Expired)));
        }

        return (held, null);
    }
}
