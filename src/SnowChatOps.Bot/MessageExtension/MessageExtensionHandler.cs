using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.MessageExtension.Cards;
using SnowChatOps.Bot.MessageExtension.Links;
using SnowChatOps.Bot.MessageExtension.Search;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>What <see cref="Bot.ChatOpsBot"/> delegates message extension invokes to: routes by the manifest's command id.</summary>
internal sealed class MessageExtensionHandler(
    MessageShareDialog dialog, ShareService shares, MessageShareAnswers answers, TicketSearch search, TicketLinkUnfurler links,
    TimeProvider time, ILogger<MessageExtensionHandler> logger)
{
    /// <summary><c>composeExtension/query</c>: the ticket search; an unknown command answers a result that says so.</summary>
    public Task<MessagingExtensionResponse> QueryAsync(ITurnContext<IInvokeActivity> turn, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        if (string.Equals(query?.CommandId, TicketSearch.CommandId, StringComparison.Ordinal))
        {
            return search.SearchAsync(turn, query!, cancellationToken);
        }

        logger.UnknownCommand(query?.CommandId ?? "(none)");
        return Task.FromResult(ExtensionResults.Notice(MessageExtensionText.UnknownCommand_Title, MessageExtensionText.UnknownCommand));
    }

    /// <summary><c>composeExtension/queryLink</c>: a pasted ServiceNow link of the connected instance unfurls to the ticket card.</summary>
    public Task<MessagingExtensionResponse> QueryLinkAsync(ITurnContext<IInvokeActivity> turn, AppBasedLinkQuery query, CancellationToken cancellationToken)
        => links.UnfurlAsync(turn, query, cancellationToken);

    /// <summary><c>composeExtension/fetchTask</c>: the share form for the message (or why it cannot be shown).</summary>
    public Task<MessagingExtensionActionResponse> FetchTaskAsync(
        ITurnContext<IInvokeActivity> turn, MessagingExtensionAction action, CancellationToken cancellationToken)
        => IsShare(action) ? dialog.OpenAsync(turn, action.MessagePayload, cancellationToken) : Unknown(action);

    /// <summary><c>composeExtension/submitAction</c>: the one share operation (<see cref="ShareService"/>), rendered as the dialog's answer.</summary>
    public async Task<MessagingExtensionActionResponse> SubmitActionAsync(
        ITurnContext<IInvokeActivity> turn, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        if (!IsShare(action))
        {
            return await Unknown(action);
        }

        if (SubmitPayload.TryRead(action.Data) is not { Verb: MessageShareNames.SubmitVerb } submit
            || !CardArg.TryRead<ShareArg>(submit.Input.Argument, out var arg) || arg.ActionId is not null)
        {
            logger.StaleSubmit();
            return TaskModules.Card(SharingText.Form_Title, DialogCards.Stale());
        }

        var values = ShareFormValues.From(submit.Input) with { Source = nameof(RecommendationSource.User) };
        var request = SharingTurn.Request(turn, arg, values, time) with { CardActivityId = null, ConversationId = MessageThread.Of(turn, action.MessagePayload) };
        var result = await shares.SubmitAsync(request, cancellationToken);
        logger.Answered(arg.CorrelationId, result.Outcome?.Kind.ToString() ?? result.Kind.ToString());
        return await answers.ResultAsync(turn, request, result, cancellationToken);
    }

    private static bool IsShare(MessagingExtensionAction? action) =>
        string.Equals(action?.CommandId, MessageShareNames.CommandId, StringComparison.Ordinal);

    private Task<MessagingExtensionActionResponse> Unknown(MessagingExtensionAction? action)
    {
        logger.UnknownCommand(action?.CommandId ?? "(none)");
        return Task.FromResult(TaskModules.Card(MessageExtensionText.UnknownCommand_Title, DialogCards.UnknownCommand()));
    }
}
