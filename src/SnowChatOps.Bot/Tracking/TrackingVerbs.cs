namespace SnowChatOps.Bot.Tracking;

/// <summary>Commands (typed) and card verbs (pressed) of the tracking feature.</summary>
internal static class TrackingVerbs
{
    public const string Tickets = "tickets";
    public const string TicketsAll = "tickets-all";
    public const string Notifications = "notifications";
    public const string NotificationsHere = "notifications-here";
    public const string NotificationsStop = "notifications-stop";

    /// <summary>Other features' verbs that the tickets cards' buttons carry.</summary>
    public const string CreateTicket = "actions";
    public const string Settings = "settings";
}
