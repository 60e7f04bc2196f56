namespace SnowChatOps.Bot.Proactive;

/// <summary>Where the bot remembers conversations so it can speak first (results, notifications, alerts).</summary>
internal interface IConversationStore
{
    Task SaveAsync(ConversationRecord record, CancellationToken cancellationToken);

    Task<ConversationRecord?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>The user's personal chat with the bot, if the bot has been installed there.</summary>
    Task<ConversationRecord?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken);

    Task MarkInactiveAsync(string tenantId, string conversationId, CancellationToken cancellationToken);
}
