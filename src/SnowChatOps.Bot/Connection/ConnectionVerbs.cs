namespace SnowChatOps.Bot.Connection;

/// <summary>Command names (typed) and card verbs (pressed) of the connection feature.</summary>
internal static class ConnectionVerbs
{
    public const string Connect = "connect";
    public const string Status = "status";
    public const string Diagnose = "diagnose";
    public const string Settings = "settings";
    public const string Reprovision = "reprovision";
    public const string Remove = "disconnect";
    public const string RemoveConfirmed = "disconnect-confirm";
    public const string RemoveCancelled = "disconnect-keep";
    public const string StateNames = "statenames";
    public const string StateNamesSave = "statenames-save";
    public const string StateNamesReset = "statenames-reset";
    public const string ConfirmSignIn = "connect-confirm";
    public const string ConfirmPersonalSignIn = "connect-confirm-personal";
    public const string DeclineSignIn = "connect-decline";
}
