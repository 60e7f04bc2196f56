namespace SnowChatOps.Bot.Proactive;

/// <summary>Where the bot remembers conversations so it can speak first (results, notifications, alerts).</summary>
internal interface IConversationStore
{
    Task SaveAsync(ConversationRecord record, CancellationToken cancellationToken);

    Task<ConversationRecord?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>The user's personal chat with the bot, if the bot has been installed there.</summary>
    Task<ConversationRecord?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks an active conversation inactive because Teams refused the bot (403/404); true only for the call that made
    /// the change (an inactive or unknown one is left alone), so one caller tells the admins. A message or install in
    /// the conversation saves it active again.
    /// </summary>
    Task<bool> MarkSuspectAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    Task MarkInactiveAsync(string tenantId, string conversationId, CancellationToken cancellationToken);
}
