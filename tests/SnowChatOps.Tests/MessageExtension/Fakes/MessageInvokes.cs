using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SnowChatOps.Tests.MessageExtension.Fakes;

/// <summary>The message extension invokes as Teams sends them for "Share to ServiceNow" on a channel message.</summary>
internal static class MessageInvokes
{
    public const string FetchTask = "composeExtension/fetchTask";
    public const string SubmitAction = "composeExtension/submitAction";
    public const string Link = "https://teams.microsoft.com/l/message/19:general@thread.tacv2/1732600000000?tenantId=tenant-1&groupId=team-1";

    /// <summary>A channel message as Teams puts it in <c>messagePayload</c> (html body, author, deep link).</summary>
    public static JObject Message(string html = "<p>Guest access is <b>on</b> for the Finance team.</p><p>Please review it.</p>", string? subject = null) => JObject.FromObject(new
    {
        id = "1732600000000",
        replyToId = (string?)null,
        messageType = "message",
        createdDateTime = "2026-11-26T07:55:00.000Z",
        subject,
        importance = "normal",
        locale = "en-us",
        linkToMessage = Link,
        from = new { user = new { id = "aad-author-1", displayName = "Adele Vance", userIdentityType = "aadUser" } },
        body = new { contentType = "html", content = html },
        attachments = Array.Empty<object>(),
        mentions = Array.Empty<object>(),
        reactions = Array.Empty<object>(),
    });

    public static Activity Fetch(JObject? message = null, string commandId = "shareToServiceNow", string? locale = "en-US") =>
        Invoke(FetchTask, new JObject
        {
            ["commandId"] = commandId,
            ["commandContext"] = "message",
            ["context"] = new JObject { ["theme"] = "default" },
            ["messagePayload"] = message ?? Message(),
        }, locale);

    /// <summary>The dialog's submit: Teams merges the pressed action's data with the card's inputs into <c>data</c>.</summary>
    public static Activity Submit(JObject data, string commandId = "shareToServiceNow", string? locale = "en-US") =>
        Invoke(SubmitAction, new JObject
        {
            ["commandId"] = commandId,
            ["commandContext"] = "message",
            ["context"] = new JObject { ["theme"] = "default" },
            ["botMessagePreviewAction"] = null,
            ["messagePayload"] = Message(),
            ["data"] = data,
        }, locale);

    private static Activity Invoke(string name, JObject value, string? locale) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = name,
        Value = value,
        Locale = locale,
    };
}
