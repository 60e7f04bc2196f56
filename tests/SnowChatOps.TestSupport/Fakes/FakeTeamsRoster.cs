using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Proactive;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>
/// The Bot Connector's roster for tests: the members a test names (by Teams id, with their email). A conversation
/// with no named members has only its sender, as <c>TeamsInfoRoster</c> answers outside Teams.
/// </summary>
internal sealed class FakeTeamsRoster : ITeamsRoster
{
    private readonly ConcurrentDictionary<string, string?> members = new(StringComparer.Ordinal);

    public FakeTeamsRoster With(string userId, string? email)
    {
        members[userId] = email;
        return this;
    }

    public Task<IReadOnlyList<string>> MemberIdsAsync(ITurnContext turn, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        IReadOnlyList<string> ids = members.IsEmpty ? [turn.Activity.From.Id] : [.. members.Keys.Order(StringComparer.Ordinal).Take(max)];
        return Task.FromResult(ids);
    }

    public Task<string?> EmailAsync(ITurnContext turn, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(members.TryGetValue(userId, out var email) ? email : null);
}
