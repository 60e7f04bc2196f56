using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.SecureScore.Store;

namespace SnowChatOps.Bot.SecureScore.Settings;

/// <summary><c>securescore-settings</c> (admins): the Secure Score write-back card, from the <c>settings</c> menu or typed.</summary>
internal sealed class SecureScoreSettingsCommand(AdminGate gate, ISecureScoreStore store) : IChatCommand
{
    public string Name => SecureScoreVerbs.Settings;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await gate.AllowAsync(turn, cancellationToken))
        {
            var settings = await store.GetSettingsAsync(turn.Activity.Conversation.TenantId, cancellationToken);
            await turn.ReplaceOrSendAsync(SecureScoreSettingsCard.Build(settings), cancellationToken);
        }
    }
}
