using Microsoft.Bot.Builder;

namespace SnowChatOps.Bot.Proactive;

/// <summary>
/// The conversation's members as the Bot Connector knows them (Teams' roster API): the port the ticket card uses
/// for its refresh list and for a member's email. Tests answer it with a fake; production asks the connector.
/// </summary>
internal interface ITeamsRoster
{
    /// <summary>Up to <paramref name="max"/> member ids (Teams user MRIs, <c>29:...</c>) of the turn's conversation.</summary>
    Task<IReadOnlyList<string>> MemberIdsAsync(ITurnContext turn, int max, CancellationToken cancellationToken);

    /// <summary>The member's email or UPN, or null when the connector does not know the member.</summary>
    Task<string?> EmailAsync(ITurnContext turn, string userId, CancellationToken cancellationToken);
}
