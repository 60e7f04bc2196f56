using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>What <see cref="Bot.ChatOpsBot"/> delegates message extension invokes to: routes by the manifest's command id.</summary>
internal sealed class MessageExtensionHandler(MessageShareDialog dialog, MessageShareSubmitter submitter, ILogger<MessageExtensionHandler> logger)
{
    /// <summary><c>composeExtension/fetchTask</c>: the share form for the message (or why it cannot be shown).</summary>
    public Task<MessagingExtensionActionResponse> FetchTaskAsync(
        ITurnContext<IInvokeActivity> turn, MessagingExtensionAction action, CancellationToken cancellationToken)
        => IsShare(action) ? dialog.OpenAsync(turn, action.MessagePayload, cancellationToken) : Unknown(action);

    /// <summary><c>composeExtension/submitAction</c>: validate, create the ticket exactly once, answer with the outcome.</summary>
    public Task<MessagingExtensionActionResponse> SubmitActionAsync(
        ITurnContext<IInvokeActivity> turn, MessagingExtensionAction action, CancellationToken cancellationToken)
        => IsShare(action) ? submitter.SubmitAsync(turn, action.Data, cancellationToken) : Unknown(action);

    private static bool IsShare(MessagingExtensionAction? action) =>
        string.Equals(action?.CommandId, MessageShareNames.CommandId, StringComparison.Ordinal);

    private Task<MessagingExtensionActionResponse> Unknown(MessagingExtensionAction? action)
    {
        logger.UnknownCommand(action?.CommandId ?? "(none)");
        return Task.FromResult(TaskModules.Message(MessageExtensionText.UnknownCommand));
    }
}
