using System.Globalization;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>
/// Saves renamed states. Only names that differ from ServiceNow's default are stored; an empty field means the
/// default. Names are checked on the server as on the card; an invalid form comes back with what was typed.
/// </summary>
internal sealed class StateNamesSaveCommand(AdminGate gate, IConnectionStore connections) : AdminConnectionCommand(gate, connections)
{
    public override string Name => ConnectionVerbs.StateNamesSave;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        var renamed = Read(input);
        if (renamed.Values.Any(name => name.Length > SettingsCards.MaxStateNameLength))
        {
            var error = string.Format(CultureInfo.CurrentCulture, ConnectionText.StateNames_TooLong, SettingsCards.MaxStateNameLength);
            await turn.ReplaceOrSendAsync(SettingsCards.StateNames(renamed, error), cancellationToken);
            return;
        }

        await Connections.UpdateAsync(connection.TenantId, c => c with { StateNames = renamed }, cancellationToken);
        // The saved notice replaces the form, so it carries the way back the form's own card had (the settings card).
        var saved = new AdaptiveCard([new TextBlock(ConnectionText.StateNames_Saved)], [new SubmitAction(ConnectionText.Button_BackToSettings, new CardSubmit(ConnectionVerbs.Settings))]);
        await turn.ReplaceOrSendAsync(saved, cancellationToken);
    }

    private static Dictionary<string, string> Read(CommandInput input)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in new[] { TicketTable.ChangeRequest, TicketTable.Incident })
        {
            foreach (var state in TicketStates.For(table))
            {
                var key = TicketStates.Key(table, state.Code);
                var name = input.Input(key)?.Trim();
                if (!string.IsNullOrEmpty(name) && name != state.DefaultName)
                {
                    renamed[key] = name;
                }
            }
        }

        return renamed;
    }
}
