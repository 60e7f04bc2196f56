using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.SecureScore.WriteBack;

namespace SnowChatOps.Bot.SecureScore.Settings;

/// <summary>The tenant's Secure Score write-back switch (off by default), the resolved state, the score-drop alert threshold (blank: none), the reminders' quiet hours, and the last write failure.</summary>
internal static class SecureScoreSettingsCard
{
    public static AdaptiveCard Build(SecureScoreSettings settings, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var body = new List<CardElement>
        {
            new TextBlock(SecureScoreText.Settings_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(SecureScoreText.Settings_Intro) { IsSubtle = true },
        };
        if (error is not null)
        {
            body.Add(new TextBlock(error) { Color = "Attention", Id = "secureScoreSettingsError" });
        }

        if (Failure(settings) is { } failure)
        {
            body.Add(new TextBlock(failure) { Color = "Warning", Id = "secureScoreLastFailure" });
        }

        body.Add(new ToggleInput(SecureScoreText.Settings_WriteBack)
        {
            Id = SecureScoreVerbs.WriteBackInput, Value = settings.WriteBack ? "true" : "false", ValueOn = "true", ValueOff = "false",
        });
        body.Add(new ChoiceSetInput(
            [new Choice(SecureScoreText.Settings_ThirdParty, ControlStates.ThirdParty), new Choice(SecureScoreText.Settings_Reviewed, ControlStates.Reviewed)])
        {
            Id = SecureScoreVerbs.ResolvedStateInput, Label = SecureScoreText.Settings_ResolvedAs, Value = settings.ResolvedState, Style = "expanded", IsRequired = true,
            ErrorMessage = SecureScoreText.Settings_ResolvedAsRequired,
        });
        body.Add(new TextInput
        {
            Id = SecureScoreVerbs.DropThresholdInput, Label = SecureScoreText.Settings_DropThreshold, Placeholder = SecureScoreText.Settings_DropThresholdHint,
            Value = DropThresholds.Format(settings.DropThreshold), MaxLength = DropThresholds.MaxLength, Regex = DropThresholds.Pattern,
            ErrorMessage = SecureScoreText.Settings_DropThresholdInvalid,
        });
        body.Add(new ColumnSet(
        [
            new Column([Time(SecureScoreVerbs.QuietFromInput, SecureScoreText.Settings_QuietFrom, settings.Quiet?.From)]) { Width = "stretch" },
            new Column([Time(SecureScoreVerbs.QuietToInput, SecureScoreText.Settings_QuietTo, settings.Quiet?.To)]) { Width = "stretch" },
        ]));
        return new AdaptiveCard(body, [new SubmitAction(SecureScoreText.Settings_Save, new CardSubmit(SecureScoreVerbs.SettingsSave)) { Style = "positive" }]);
    }

    private static TextInput Time(string id, string label, TimeOnly? value) => new()
    {
        Id = id, Label = label, Placeholder = "22:00", Value = QuietHours.Text(value), MaxLength = 5,
        Regex = @"^\s*(([01]?\d|2[0-3]):[0-5]\d)?\s*$", ErrorMessage = SecureScoreText.Settings_QuietInvalid,
    };

    private static string? Failure(SecureScoreSettings settings) => settings.LastFailure switch
    {
        null => null,
        WriteFailures.Forbidden => SecureScoreText.Settings_FailureForbidden,
        var code => string.Format(CultureInfo.CurrentCulture, SecureScoreText.Settings_FailureOther, code),
    };
}
