using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.MessageExtension;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Tickets.Actions;

namespace SnowChatOps.Bot.Bot;

/// <summary>The Teams entry point: a thin router from activity kinds to features.</summary>
internal sealed class ChatOpsBot(CommandRouter commands, Welcome welcome, MessageExtensionHandler extension, TicketCardInvoke ticketCards) : TeamsActivityHandler
{
    /// <summary>Universal Actions (Action.Execute and refresh): only the ticket card uses them.</summary>
    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        => ticketCards.HandleAsync(turnContext, invokeValue, cancellationToken);

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        => commands.DispatchAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => welcome.SendOnceAsync(turnContext, cancellationToken);

    /// <summary>
    /// Only "the bot was added" matters here. Handling it directly also skips TeamsActivityHandler's roster
    /// look-up for every human who joins a team, which we never use.
    /// </summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => turnContext.Activity.MembersAdded?.Any(m => m.Id == turnContext.Activity.Recipient?.Id) == true
            ? welcome.SendOnceAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

    protected override Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionFetchTaskAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
        => extension.FetchTaskAsync(turnContext, action, cancellationToken);

    protected override Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
        => extension.SubmitActionAsync(turnContext, action, cancellationToken);

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
        => extension.QueryAsync(turnContext, query, cancellationToken);

    protected override Task<MessagingExtensionResponse> OnTeamsAppBasedLinkQueryAsync(ITurnContext<IInvokeActivity> turnContext, AppBasedLinkQuery query, CancellationToken cancellationToken)
        => extension.QueryLinkAsync(turnContext, query, cancellationToken);
}
