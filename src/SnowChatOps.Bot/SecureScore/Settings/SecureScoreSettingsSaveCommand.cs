using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.SecureScore.WriteBack;

namespace SnowChatOps.Bot.SecureScore.Settings;

/// <summary>
/// Saves the card (admins). Values are checked on the server as on the card: anything but the two offered states,
/// a switch value other than true/false, a threshold that is not blank or a number of points, or quiet hours that are not both blank or two different HH:mm times, brings the card back with a message and saves nothing.
/// </summary>
internal sealed class SecureScoreSettingsSaveCommand(AdminGate gate, ISecureScoreStore store, ILogger<SecureScoreSettingsSaveCommand> logger) : IChatCommand
{
    public string Name => SecureScoreVerbs.SettingsSave;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(input);
        if (!await gate.AllowAsync(turn, cancellationToken))
        {
            return;
        }

        var current = await store.GetSettingsAsync(turn.Activity.Conversation.TenantId, cancellationToken);
        var writeBack = input.Input(SecureScoreVerbs.WriteBackInput) switch { "true" => true, "false" => (bool?)false, _ => null };
        var resolved = input.Input(SecureScoreVerbs.ResolvedStateInput);
        if (writeBack is null || !ControlStates.IsResolvedChoice(resolved))
        {
            await turn.ReplaceOrSendAsync(SecureScoreSettingsCard.Build(current, SecureScoreText.Settings_Invalid), cancellationToken);
            return;
        }

        // The card shows the stored threshold again, never the rejected text.
        if (!DropThresholds.TryParse(input.Input(SecureScoreVerbs.DropThresholdInput), out var threshold))
        {
            await turn.ReplaceOrSendAsync(SecureScoreSettingsCard.Build(current, SecureScoreText.Settings_DropThresholdInvalid), cancellationToken);
            return;
        }

        if (!QuietHours.TryParse(input.Input(SecureScoreVerbs.QuietFromInput), input.Input(SecureScoreVerbs.QuietToInput), out var quiet))
        {
            await turn.ReplaceOrSendAsync(SecureScoreSettingsCard.Build(current, SecureScoreText.Settings_QuietInvalid), cancellationToken);
            return;
        }

        var saved = current with { WriteBack = writeBack.Value, ResolvedState = resolved!, DropThreshold = threshold, Quiet = quiet };
        await store.SaveSettingsAsync(saved, cancellationToken);
        logger.SettingsSaved(saved.TenantId, saved.WriteBack, saved.ResolvedState);
        await turn.ReplaceOrSendAsync(SecureScoreSettingsCard.Build(saved), cancellationToken);
        await turn.SendActivityAsync(saved.WriteBack ? SecureScoreText.Settings_SavedOn : SecureScoreText.Settings_SavedOff, cancellationToken: cancellationToken);
    }
}
