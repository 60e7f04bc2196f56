namespace SnowChatOps.Bot.SecureScore.Posture;

/// <summary>
/// What other features call for an action's Secure Score context (the ticket card, the ServiceNow description).
/// Never throws for an unreadable source: the action's profile is required, the snapshot only adds "points now".
/// </summary>
internal sealed class ActionPostures(ImprovementActionCatalog catalog, ISecureScoreSnapshotSource snapshots, ILogger<ActionPostures> logger)
{
    /// <returns>The posture of <paramref name="actionId"/>, or null when it is not an improvement action we can read.</returns>
    public async Task<ActionPosture?> FindAsync(string tenantId, string? actionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        if (string.IsNullOrWhiteSpace(actionId))
        {
            return null;
        }

        ImprovementAction? action;
        try
        {
            action = await catalog.FindAsync(tenantId, actionId, cancellationToken);
        }
        catch (ImprovementActionsUnavailableException)
        {
            logger.PostureWithoutProfile(actionId);
            return null;
        }

        return action is null ? null : await ForAsync(tenantId, action, cancellationToken);
    }

    /// <summary>The posture of an action already read (the share form has it), with points from the latest snapshot.</summary>
    public async Task<ActionPosture> ForAsync(string tenantId, ImprovementAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return ActionPosture.From(action, await snapshots.GetLatestAsync(tenantId, cancellationToken));
        }
        catch (ImprovementActionsUnavailableException)
        {
            logger.PostureWithoutPoints(action.Id);
            return ActionPosture.From(action, null);
        }
    }
}
