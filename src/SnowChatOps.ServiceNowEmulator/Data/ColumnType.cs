namespace SnowChatOps.ServiceNowEmulator.Data;

internal enum ColumnType
{
    String,
    Integer,
    Boolean,
    DateTime,
    Reference,
    Choice,
    Journal,
    Password,
}
