using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Cards;

/// <summary>The connection feature's card buttons; each verb is a registered command.</summary>
internal static class ConnectionButtons
{
    public static SubmitAction Connect() => new(ConnectionText.Button_Connect, new CardSubmit(ConnectionVerbs.Connect)) { Style = "positive" };

    public static SubmitAction Authorize() => new(ConnectionText.Button_Authorize, new CardSubmit(ConnectionVerbs.Reprovision)) { Style = "positive" };

    public static SubmitAction Diagnose() => new(ConnectionText.Button_Diagnose, new CardSubmit(ConnectionVerbs.Diagnose));

    public static SubmitAction Manage() => new(ConnectionText.Button_Manage, new CardSubmit(ConnectionVerbs.Settings));

    public static SubmitAction Status() => new(ConnectionText.Button_Status, new CardSubmit(ConnectionVerbs.Status));
}
