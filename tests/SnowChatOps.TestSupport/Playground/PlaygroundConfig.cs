namespace SnowChatOps.TestSupport.Playground;

/// <summary>The playground's mock Teams context (<c>GET /_internal/v1/config</c>, its <c>config</c> member).</summary>
public sealed record PlaygroundConfig(
    string TenantId,
    PlaygroundAccount Bot,
    PlaygroundAccount CurrentUser,
    IReadOnlyList<PlaygroundAccount> Users,
    PlaygroundChat PersonalChat,
    IReadOnlyList<PlaygroundChat> GroupChats,
    IReadOnlyList<PlaygroundTeam> Teams)
{
    /// <summary>The first team (the one in <c>.m365agentsplayground.yml</c>).</summary>
    public PlaygroundTeam Team => Teams[0];
}

/// <summary>A user (with its Entra ID object id) or the bot.</summary>
public sealed record PlaygroundAccount(string Id, string Name, string? AadObjectId = null);

/// <summary>A chat or channel; its id is the conversation id.</summary>
public sealed record PlaygroundChat(string Id, string? Name);

/// <summary>A team; its General channel's id equals the team id.</summary>
public sealed record PlaygroundTeam(string Id, string Name, IReadOnlyList<PlaygroundChat> Channels);
