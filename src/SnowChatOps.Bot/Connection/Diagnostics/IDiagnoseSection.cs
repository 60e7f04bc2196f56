using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Connection.Diagnostics;

/// <summary>
/// Another feature's part of <c>diagnose</c> (e.g. notification health): a card sent after the checklist, built by
/// that feature from its own entry points. Null: nothing to show for this tenant.
/// </summary>
internal interface IDiagnoseSection
{
    Task<AdaptiveCard?> BuildAsync(string tenantId, CancellationToken cancellationToken);
}
