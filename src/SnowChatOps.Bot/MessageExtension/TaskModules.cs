using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>
/// Dialog (task module) answers to fetchTask and submitAction: always a <c>continue</c> task with a card, the one
/// answer both Teams and the Agents Playground take for either invoke. The Playground refuses an empty <c>{}</c>, a
/// <c>composeExtension</c> of type <c>message</c>, and (for fetchTask) a task of type <c>message</c> as "Invalid
/// response returned from your app" (its client validates a fetchTask answer as <c>task.type == "continue"</c>, a
/// submitAction answer as a continue or message task, or a <c>result</c> composeExtension).
/// </summary>
internal static class TaskModules
{
    public static MessagingExtensionActionResponse Card(string title, AdaptiveCard card) => new()
    {
        Task = new TaskModuleContinueResponse { Value = new TaskModuleTaskInfo { Title = title, Card = card.ToAttachment() } },
    };
}
