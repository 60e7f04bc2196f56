namespace SnowChatOps.Bot.Sharing.Submission;

internal enum ShareOutcomeKind
{
    Created,
    Queued,
    Duplicates,
    NotConnected,
    InProgress,
    Failed,
}
