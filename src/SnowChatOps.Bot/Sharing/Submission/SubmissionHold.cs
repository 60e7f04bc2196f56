namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>Why a Pending submission waits for the user instead of the background processor.</summary>
internal enum SubmissionHold
{
    None,
    Duplicates,
    NotConnected,
}
