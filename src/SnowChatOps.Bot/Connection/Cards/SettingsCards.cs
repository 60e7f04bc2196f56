using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Connection.Cards;

/// <summary>"Manage ServiceNow configuration": re-provision, remove (with confirmation), customize state names.</summary>
internal static class SettingsCards
{
    public const int MaxStateNameLength = 40;

    public static AdaptiveCard Menu(ServiceNowConnection connection) => new(
        [
            new TextBlock(ConnectionText.Settings_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(string.Format(CultureInfo.CurrentCulture, ConnectionText.Settings_Intro, connection.InstanceUrl)),
        ],
        [
            new SubmitAction(ConnectionText.Settings_Reprovision, new CardSubmit(ConnectionVerbs.Reprovision)),
            new SubmitAction(ConnectionText.Settings_StateNames, new CardSubmit(ConnectionVerbs.StateNames)),
            new SubmitAction(ConnectionText.Settings_SecureScore, new CardSubmit(SecureScore.Settings.SecureScoreVerbs.Settings)),
            new SubmitAction(ConnectionText.Settings_Remove, new CardSubmit(ConnectionVerbs.Remove)) { Style = "destructive" },
        ]);

    public static AdaptiveCard ConfirmRemove(ServiceNowConnection connection) => new(
        [
            new TextBlock(ConnectionText.Remove_Confirm_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(string.Format(CultureInfo.CurrentCulture, ConnectionText.Remove_Confirm_Body, connection.InstanceUrl)),
        ],
        [
            new SubmitAction(ConnectionText.Remove_Confirm_Yes, new CardSubmit(ConnectionVerbs.RemoveConfirmed)) { Style = "destructive" },
            new SubmitAction(ConnectionText.Remove_Confirm_No, new CardSubmit(ConnectionVerbs.RemoveCancelled)),
        ]);

    public static AdaptiveCard StateNames(IReadOnlyDictionary<string, string> renamed, string? error = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(ConnectionText.StateNames_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(ConnectionText.StateNames_Intro) { IsSubtle = true },
        };
        if (error is not null)
        {
            body.Add(new TextBlock(error) { Color = "Attention", Id = "stateNamesError" });
        }

        body.AddRange(Section(ConnectionText.StateNames_Change, TicketTable.ChangeRequest, renamed));
        body.AddRange(Section(ConnectionText.StateNames_Incident, TicketTable.Incident, renamed));
        return new AdaptiveCard(body,
        [
            new SubmitAction(ConnectionText.StateNames_Save, new CardSubmit(ConnectionVerbs.StateNamesSave)) { Style = "positive" },
            new SubmitAction(ConnectionText.StateNames_Reset, new CardSubmit(ConnectionVerbs.StateNamesReset)) { AssociatedInputs = "none" },
            new SubmitAction(ConnectionText.StateNames_Cancel, new CardSubmit(ConnectionVerbs.Settings)) { AssociatedInputs = "none" },
        ]);
    }

    /// <summary>Input ids are the override keys ("incident:6"), so the submitted form maps straight back.</summary>
    private static IEnumerable<CardElement> Section(string heading, TicketTable table, IReadOnlyDictionary<string, string> renamed)
    {
        yield return new TextBlock(heading) { Weight = "Bolder", Separator = true };
        foreach (var state in TicketStates.For(table))
        {
            var key = TicketStates.Key(table, state.Code);
            yield return new TextInput
            {
                Id = key,
                Label = state.DefaultName,
                Value = TicketStateNames.Resolve(renamed, table, state.Code),
                MaxLength = MaxStateNameLength,
                IsRequired = true,
                ErrorMessage = string.Format(CultureInfo.CurrentCulture, ConnectionText.StateNames_TooLong, MaxStateNameLength),
            };
        }
    }
}
