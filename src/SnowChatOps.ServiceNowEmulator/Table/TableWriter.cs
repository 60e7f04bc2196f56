using System.Globalization;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.Webhooks;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>Creates and updates rows with ServiceNow's side effects: numbering, audit fields, journals, rules, the state webhook.</summary>
internal sealed class TableWriter(RecordStore store, RowFactory rows, TimeProvider time, WebhookQueue webhooks)
{
    public WriteOutcome Create(TableDef table, SnowUser user, IReadOnlyDictionary<string, string> input)
    {
        var row = rows.NewRow(table, user.UserName);
        if (table.NumberPrefix is not null)
        {
            row["number"] = table.NumberPrefix + store.NextNumber(table).ToString("D7", CultureInfo.InvariantCulture);
            row["opened_by"] = user.SysId;
            row["opened_at"] = row["sys_created_on"];
            if (table.Has("requested_by"))
            {
                row["requested_by"] = user.SysId;
            }
        }

        var journal = FieldWriter.Apply(table, row, input, isInsert: true);
        TicketRules.Apply(table, row, time.Now());
        if (TicketRules.CheckDataPolicy(table, row) is { } violation)
        {
            return WriteOutcome.Fail(violation);
        }

        store.Upsert(table.Name, row);
        AddJournal(table, row["sys_id"], user, journal);
        return WriteOutcome.Ok(row);
    }

    public WriteOutcome Update(TableDef table, string sysId, SnowUser user, IReadOnlyDictionary<string, string> input)
    {
        IResult? violation = null;
        string? previousState = null;
        List<(string Column, string Text)> journal = [];
        var updated = store.Update(table.Name, sysId, row =>
        {
            var candidate = new Row(row);
            previousState = row.GetValueOrDefault("state");
            journal = FieldWriter.Apply(table, candidate, input, isInsert: false);
            TicketRules.Apply(table, candidate, time.Now());
            violation = TicketRules.CheckDataPolicy(table, candidate);

            // GlideRecord skips a write that changes nothing (no field, no journal entry): sys_mod_count and
            // sys_updated_on move only on real changes.
            var changed = journal.Count > 0 || candidate.Any(c => row.GetValueOrDefault(c.Key) != c.Value);
            return violation is null && changed ? Touch(candidate, user) : row;
        });
        if (violation is not null)
        {
            return WriteOutcome.Fail(violation);
        }

        if (updated is null)
        {
            return WriteOutcome.Fail(SnowErrors.NotFound());
        }

        AddJournal(table, sysId, user, journal);
        NotifyIfStateChanged(table, updated, previousState);
        return WriteOutcome.Ok(updated);
    }

    private Row Touch(Row row, SnowUser user)
    {
        row["sys_updated_on"] = time.Now();
        row["sys_updated_by"] = user.UserName;
        row["sys_mod_count"] = (int.Parse(row["sys_mod_count"], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        return row;
    }

    private void NotifyIfStateChanged(TableDef table, Row row, string? previousState)
    {
        if (Schemas.IsTicketTable(table.Name) && previousState is not null && previousState != row["state"])
        {
            webhooks.Enqueue(new StateChange(table.Name, row["sys_id"], row["number"], row["state"], previousState,
                row["sys_updated_on"], row["sys_mod_count"], row["sys_updated_by"]));
        }
    }

    private void AddJournal(TableDef table, string sysId, SnowUser user, List<(string Column, string Text)> entries)
    {
        foreach (var (column, text) in entries)
        {
            store.Upsert(Schemas.Journal, rows.NewRow(Schemas.All[Schemas.Journal], user.UserName, new Row
            {
                ["element_id"] = sysId, ["element"] = column, ["name"] = table.Name, ["value"] = text,
            }));
        }
    }
}
