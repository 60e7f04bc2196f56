using SnowChatOps.Bot.SecureScore;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>A catalog source that serves the actions it was given.</summary>
internal sealed class FixedImprovementActionSource(IReadOnlyList<ImprovementAction> actions) : IImprovementActionSource
{
    public Task<IReadOnlyList<ImprovementAction>> GetAllAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult(actions);
}
