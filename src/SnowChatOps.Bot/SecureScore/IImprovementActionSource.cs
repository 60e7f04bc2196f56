namespace SnowChatOps.Bot.SecureScore;

/// <summary>
/// Seam over where improvement actions come from (Microsoft Graph or the offline catalog shipped with the app).
/// Returns the full, unfiltered catalog of one tenant; <see cref="ImprovementActionCatalog"/> filters and pages.
/// </summary>
internal interface IImprovementActionSource
{
    /// <exception cref="ImprovementActionsUnavailableException">The source could not be read.</exception>
    Task<IReadOnlyList<ImprovementAction>> GetAllAsync(string tenantId, CancellationToken cancellationToken);
}
