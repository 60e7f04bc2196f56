namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>One column of an emulated table: what the Table API needs to store, validate and display it.</summary>
internal sealed record ColumnDef(
    string Name,
    ColumnType Type = ColumnType.String,
    int MaxLength = 255,
    string? ReferenceTable = null,
    IReadOnlyDictionary<string, string>? Choices = null,
    string? DefaultValue = null)
{
    public bool IsNumeric => Type is ColumnType.Integer
        || (Type is ColumnType.Choice && Choices is not null && Choices.Keys.All(k => int.TryParse(k, out _)));
}
