using System.Text.Json;

namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>
/// The emulator's whole table state: rows of string values per table (ServiceNow's API is schemaless strings),
/// number counters, guarded by one lock. Callers always get copies.
/// </summary>
internal sealed class RecordStore(string? dataFile)
{
    private readonly Lock gate = new();
    private Dictionary<string, List<Row>> tables = NewTables();
    private Dictionary<string, int> counters = [];

    public IReadOnlyList<Row> List(string table)
    {
        lock (gate)
        {
            return tables.TryGetValue(table, out var rows) ? rows.Select(Copy).ToList() : [];
        }
    }

    public Row? Get(string table, string sysId)
    {
        lock (gate)
        {
            return FindUnlocked(table, sysId) is { } row ? Copy(row) : null;
        }
    }

    public void Upsert(string table, Row row)
    {
        lock (gate)
        {
            var rows = tables[table];
            var index = rows.FindIndex(r => r["sys_id"] == row["sys_id"]);
            if (index >= 0)
            {
                rows[index] = Copy(row);
            }
            else
            {
                rows.Add(Copy(row));
            }

            SaveUnlocked();
        }
    }

    /// <summary>Applies <paramref name="change"/> to the stored row atomically; returns the new row, or null when missing.</summary>
    public Row? Update(string table, string sysId, Func<Row, Row> change)
    {
        lock (gate)
        {
            if (FindUnlocked(table, sysId) is not { } row)
            {
                return null;
            }

            var updated = change(Copy(row));
            Upsert(table, updated);
            return Copy(updated);
        }
    }

    public bool Delete(string table, string sysId)
    {
        lock (gate)
        {
            var removed = tables.TryGetValue(table, out var rows) && rows.RemoveAll(r => r["sys_id"] == sysId) > 0;
            if (removed)
            {
                SaveUnlocked();
            }

            return removed;
        }
    }

    public int NextNumber(TableDef table)
    {
        lock (gate)
        {
            var next = counters.TryGetValue(table.Name, out var last) ? last + 1 : table.FirstNumber;
            counters[table.Name] = next;
            return next;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            tables = NewTables();
            counters = [];
            SaveUnlocked();
        }
    }

    /// <summary>Loads the data file when configured and present; returns false when the store must be seeded.</summary>
    public bool TryLoad()
    {
        if (dataFile is null || !File.Exists(dataFile))
        {
            return false;
        }

        var snapshot = JsonSerializer.Deserialize<StoreSnapshot>(File.ReadAllText(dataFile));
        if (snapshot is null)
        {
            return false;
        }

        lock (gate)
        {
            tables = NewTables();
            foreach (var (name, rows) in snapshot.Tables.Where(t => tables.ContainsKey(t.Key)))
            {
                tables[name].AddRange(rows);
            }

            counters = new Dictionary<string, int>(snapshot.Counters);
        }

        return true;
    }

    private Row? FindUnlocked(string table, string sysId) =>
        tables.TryGetValue(table, out var rows) ? rows.Find(r => r["sys_id"] == sysId) : null;

    private void SaveUnlocked()
    {
        if (dataFile is null)
        {
            return;
        }

        var snapshot = new StoreSnapshot(tables, counters);
        File.WriteAllText(dataFile, JsonSerializer.Serialize(snapshot));
    }

    private static Row Copy(Row row) => new(row, StringComparer.Ordinal);

    private static Dictionary<string, List<Row>> NewTables() =>
        Schemas.All.Keys.ToDictionary(k => k, _ => new List<Row>(), StringComparer.Ordinal);
}
