using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>
/// Dialog (task module) answers to fetchTask and submitAction. Never an empty response: Teams closes the dialog on
/// one, but the Agents Playground (0.2.28) checks the body against the task schemas and shows "Unable to reach app".
/// </summary>
internal static class TaskModules
{
    public static MessagingExtensionActionResponse Card(string title, AdaptiveCard card) => new()
    {
        Task = new TaskModuleContinueResponse { Value = new TaskModuleTaskInfo { Title = title, Card = card.ToAttachment() } },
    };

    /// <summary>
    /// The final answer once the work is done and its result is already in the conversation: a task of type
    /// <c>message</c>, which Teams shows as a short popup the user dismisses and the Playground shows in place of the
    /// form (Microsoft Learn, "Respond to the dialog submit action"). A card here would be a second, stale copy of
    /// the ticket card, and a <c>composeExtension</c> result would put a third into the compose box.
    /// </summary>
    public static MessagingExtensionActionResponse Done(string text) => new()
    {
        Task = new TaskModuleMessageResponse(text),
    };
}
