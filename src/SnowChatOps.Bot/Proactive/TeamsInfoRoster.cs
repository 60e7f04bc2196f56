using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Bot.Proactive;

/// <summary>
/// <see cref="ITeamsRoster"/> over Bot Builder's <see cref="TeamsInfo"/> (GET /v3/conversations/{id}/pagedmembers and
/// /members/{id}). Outside Teams (a test channel) only the sender is known.
/// </summary>
internal sealed class TeamsInfoRoster : ITeamsRoster
{
    public async Task<IReadOnlyList<string>> MemberIdsAsync(ITurnContext turn, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var sender = turn.Activity.From?.Id is { Length: > 0 } id && turn.Activity.From.Role != RoleTypes.Bot ? new[] { id } : [];
        if (turn.Activity.ChannelId != Channels.Msteams)
        {
            return sender;
        }

        try
        {
            var page = await TeamsInfo.GetPagedMembersAsync(turn, max, null, cancellationToken);
            return [.. page.Members.Select(m => m.Id).Where(m => !string.IsNullOrEmpty(m)).Take(max)];
        }
        catch (ErrorResponseException)
        {
            return sender; // the roster is a nicety for refresh; the card still works for whoever presses it
        }
    }

    public async Task<string?> EmailAsync(ITurnContext turn, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.ChannelId != Channels.Msteams)
        {
            return null;
        }

        try
        {
            var member = await TeamsInfo.GetMemberAsync(turn, userId, cancellationToken);
            return member.Email is { Length: > 0 } email ? email : member.UserPrincipalName;
        }
        catch (ErrorResponseException)
        {
            return null;
        }
    }
}
