using System.Globalization;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// Tells the tenant's admins (who connected ServiceNow, and the admins listed in configuration) in their personal
/// chat with the bot that a conversation refused a notification. Best effort: an admin without a stored personal
/// chat cannot be reached proactively, and that is logged, not retried.
/// </summary>
internal sealed class AdminNotice(
    AdminPolicy admins, IConnectionStore connections, IConversationStore conversations, ProactiveMessenger messenger, ILogger<AdminNotice> logger)
{
    public async Task TellAsync(string tenantId, string conversationType, string reason, string? locale, CancellationToken cancellationToken)
    {
        var connectedBy = (await connections.GetAsync(tenantId, cancellationToken))?.ConnectedByAadObjectId;
        var told = 0;
        foreach (var admin in admins.ListedAdmins.Prepend(connectedBy).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await conversations.FindPersonalAsync(tenantId, admin, cancellationToken) is not { Active: true } personal)
            {
                continue;
            }

            string text;
            using (CultureScope.Use(locale))
            {
                var status = reason == "forbidden" ? "403" : "404";
                text = string.Format(CultureInfo.CurrentCulture, TrackingText.Outbox_ConversationSuspect, TypeName(conversationType), status);
            }

            await messenger.DeliverAsync(personal, (turn, ct) => turn.SendActivityAsync(MessageFactory.Text(text), ct), cancellationToken);
            told++;
        }

        logger.AdminsTold(tenantId, told);
    }

    private static string TypeName(string conversationType) => conversationType switch
    {
        "channel" => TrackingText.Outbox_KindChannel,
        "groupChat" => TrackingText.Outbox_KindGroupChat,
        _ => TrackingText.Outbox_KindPersonal,
    };
}
