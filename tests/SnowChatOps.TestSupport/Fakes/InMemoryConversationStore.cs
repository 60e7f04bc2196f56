using System.Collections.Concurrent;
using SnowChatOps.Bot.Proactive;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TableConversationStore; both pass the same contract tests.</summary>
internal sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Conversation), ConversationRecord> records = new();

    public IReadOnlyCollection<ConversationRecord> All => records.Values.ToList();

    public Task SaveAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        records[(record.TenantId, record.ConversationId)] = record;
        return Task.CompletedTask;
    }

    public Task<ConversationRecord?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
        => Task.FromResult(records.GetValueOrDefault((tenantId, conversationId)));

    public Task<ConversationRecord?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken)
        => Task.FromResult(records.Values.FirstOrDefault(r => r.TenantId == tenantId && r.ConversationType == "personal" && r.UserAadObjectId == userAadObjectId));

    public Task<bool> MarkSuspectAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var key = (tenantId, conversationId);
        return Task.FromResult(records.TryGetValue(key, out var record) && record.Active && records.TryUpdate(key, record with { Active = false }, record));
    }

    public Task MarkInactiveAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        if (records.TryGetValue((tenantId, conversationId), out var record))
        {
            records[(tenantId, conversationId)] = record with { Active = false };
        }

        return Task.CompletedTask;
    }
}
