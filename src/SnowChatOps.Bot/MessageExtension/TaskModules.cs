using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>
/// Dialog (task module) answers to fetchTask and submitAction. Never an empty response: Teams and the Agents
/// Playground reject <c>{}</c> as "Invalid response returned from your app".
/// </summary>
internal static class TaskModules
{
    public static MessagingExtensionActionResponse Card(string title, AdaptiveCard card) => new()
    {
        Task = new TaskModuleContinueResponse { Value = new TaskModuleTaskInfo { Title = title, Card = card.ToAttachment() } },
    };

    public static MessagingExtensionActionResponse Message(string text) => new()
    {
        Task = new TaskModuleMessageResponse(text),
    };
}
