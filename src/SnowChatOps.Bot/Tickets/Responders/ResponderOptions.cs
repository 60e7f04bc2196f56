namespace SnowChatOps.Bot.Tickets.Responders;

/// <summary>
/// Who may act on a ticket from its card (work notes, state, assignment): Entra ID user object ids, and group object
/// ids whose members are responders (resolved like the admin groups: Microsoft Graph outside Development).
/// Admins are always responders.
/// </summary>
public sealed class ResponderOptions
{
    public const string Section = "Responders";

    public IList<string> UserObjectIds { get; init; } = [];

    public IList<string> GroupObjectIds { get; init; } = [];
}
