using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.MessageExtension;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Tickets.Actions;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// The Teams entry point: a thin router from activity kinds to features. What only some activity kinds need (the
/// welcome, the message extension, the ticket card's invokes) is built the first time such an activity arrives.
/// </summary>
internal sealed class ChatOpsBot(
    CommandRouter commands, Deferred<Welcome> welcome, Deferred<MessageExtensionHandler> extension, Deferred<TicketCardInvoke> ticketCards) : TeamsActivityHandler
{
    /// <summary>Universal Actions (Action.Execute and refresh): only the ticket card uses them.</summary>
    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        => ticketCards.Value.HandleAsync(turnContext, invokeValue, cancellationToken);

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        => commands.DispatchAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => welcome.Value.SendOnceAsync(turnContext, cancellationToken);

    /// <summary>
    /// Only "the bot was added" matters here. Handling it directly also skips TeamsActivityHandler's roster
    /// look-up for every human who joins a team, which we never use.
    /// </summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => turnContext.Activity.MembersAdded?.Any(m => m.Id == turnContext.Activity.Recipient?.Id) == true
            ? welcome.Value.SendOnceAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

    protected override Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionFetchTaskAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
        => extension.Value.FetchTaskAsync(turnContext, action, cancellationToken);

    protected override Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
        => extension.Value.SubmitActionAsync(turnContext, action, cancellationToken);

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
        => extension.Value.QueryAsync(turnContext, query, cancellationToken);

    protected override Task<MessagingExtensionResponse> OnTeamsAppBasedLinkQueryAsync(ITurnContext<IInvokeActivity> turnContext, AppBasedLinkQuery query, CancellationToken cancellationToken)
        => extension.Value.QueryLinkAsync(turnContext, query, cancellationToken);
}
