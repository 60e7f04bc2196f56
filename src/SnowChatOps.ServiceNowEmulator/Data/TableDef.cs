namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>An emulated table: its columns and, for task tables, the number prefix and first number.</summary>
internal sealed class TableDef(string name, IEnumerable<ColumnDef> columns, string? numberPrefix = null, int firstNumber = 0)
{
    private readonly Dictionary<string, ColumnDef> byName = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public string Name { get; } = name;

    public string? NumberPrefix { get; } = numberPrefix;

    public int FirstNumber { get; } = firstNumber;

    public IEnumerable<ColumnDef> Columns => byName.Values;

    public ColumnDef? Find(string column) => byName.GetValueOrDefault(column);

    public bool Has(string column) => byName.ContainsKey(column);
}
