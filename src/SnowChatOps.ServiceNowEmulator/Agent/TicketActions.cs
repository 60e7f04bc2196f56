using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.Table;

namespace SnowChatOps.ServiceNowEmulator.Agent;

/// <summary>What a fulfiller does in the instance UI: change a ticket's state, add a work note. Goes through the same writer (and webhook).</summary>
internal sealed class TicketActions(TableWriter writer)
{
    public WriteOutcome ChangeState(string table, string sysId, SnowUser agent, string state, string? workNote, string? closeCode, string? closeNotes)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["state"] = state };
        if (table == Schemas.Incident && state is "6" or "7")
        {
            // The UI would prompt for these; fill defaults so a state click always goes through.
            fields["close_code"] = string.IsNullOrWhiteSpace(closeCode) ? "Solution provided" : closeCode;
            fields["close_notes"] = string.IsNullOrWhiteSpace(closeNotes) ? "Resolved by an agent in the emulator" : closeNotes;
        }

        if (!string.IsNullOrWhiteSpace(workNote))
        {
            fields["work_notes"] = workNote;
        }

        return writer.Update(Schemas.All[table], sysId, agent, fields);
    }

    public static bool IsValidState(string table, string state) =>
        Schemas.IsTicketTable(table) && Schemas.All[table].Find("state")!.Choices!.ContainsKey(state);
}
