using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;

namespace SnowChatOps.Bot.Sharing;

/// <summary>Who and where a sharing turn is: tenant, user and conversation, read once from the activity.</summary>
internal static class SharingTurn
{
    private const int MaxInitiatedBy = 255;

    public static string TenantId(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.Conversation?.TenantId
            ?? turn.Activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id
            ?? throw new InvalidOperationException("A Teams activity without a tenant id cannot share to ServiceNow.");
    }

    /// <summary>Who the user is across turns: the Entra object id, else the channel account id.</summary>
    public static string UserId(ITurnContext turn) => turn.Activity.From?.AadObjectId ?? turn.Activity.From?.Id ?? string.Empty;

    public static string UserName(ITurnContext turn) => turn.Activity.From?.Name is { Length: > 0 } name ? name : "?";

    /// <summary>The seed's "User ID that initiates the ticket creation": display name and Azure AD object id.</summary>
    public static string InitiatedBy(ITurnContext turn)
    {
        var id = UserId(turn);
        var text = $"{UserName(turn)} ({(id.Length > 0 ? id : "?")})";
        return text.Length <= MaxInitiatedBy ? text : text[..MaxInitiatedBy];
    }

    /// <summary>The share request of a press in this turn (<paramref name="values"/> null: "Create another anyway").</summary>
    public static ShareRequest Request(ITurnContext turn, ShareArg arg, ShareFormValues? values, TimeProvider time) => new()
    {
        TenantId = TenantId(turn),
        Arg = arg,
        Values = values,
        UserId = UserId(turn),
        UserName = UserName(turn),
        InitiatedBy = InitiatedBy(turn),
        ConversationId = turn.Activity.Conversation?.Id ?? string.Empty,
        CardActivityId = turn.Activity.ReplyToId,
        Clock = UserCalendar.For(turn, time),
        Locale = System.Globalization.CultureInfo.CurrentUICulture.Name,
    };
}
