namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>What one outbox item does when it is delivered.</summary>
internal enum OutboxWork
{
    /// <summary>Post the short change card to <see cref="OutboxItem.ConversationId"/>.</summary>
    Notification,

    /// <summary>Replace the ticket's own card where it was shared (an update, so a retry never duplicates it).</summary>
    CardRefresh,

    /// <summary>Call one registered <see cref="Delivery.ITicketChangeHandler"/> (named by <see cref="OutboxItem.Handler"/>).</summary>
    ChangeHandler,
}
