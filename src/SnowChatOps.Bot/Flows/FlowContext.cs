using Microsoft.Bot.Builder;

namespace SnowChatOps.Bot.Flows;

/// <summary>The turn a flow step runs in, plus who is asking.</summary>
internal sealed record FlowContext(ITurnContext Turn)
{
    public string TenantId => Turn.Activity.Conversation?.TenantId ?? string.Empty;

    public string UserAadObjectId => Turn.Activity.From?.AadObjectId ?? Turn.Activity.From?.Id ?? string.Empty;

    public string UserName => Turn.Activity.From?.Name ?? string.Empty;
}
