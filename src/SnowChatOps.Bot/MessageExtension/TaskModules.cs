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

    /// <summary>
    /// A plain message instead of a dialog, for invokes we cannot answer with one (an unknown or empty command id):
    /// a <c>composeExtension</c> result of type <c>message</c>. A task of type <c>message</c> is what the Agents
    /// Playground rejects as "Unable to reach app".
    /// </summary>
    public static MessagingExtensionActionResponse Message(string text) => new()
    {
        ComposeExtension = new MessagingExtensionResult { Type = "message", Text = text },
    };
}
