using SnowChatOps.Bot.SecureScore;

namespace SnowChatOps.Tests.SecureScore;

internal sealed class InMemoryImprovementActionSource(params ImprovementAction[] actions) : IImprovementActionSource
{
    public Task<IReadOnlyList<ImprovementAction>> GetAllAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ImprovementAction>>(actions);
}
