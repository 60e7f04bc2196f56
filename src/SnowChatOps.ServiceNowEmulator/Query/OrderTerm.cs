using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Query;

/// <summary>An <c>ORDERBY</c> / <c>ORDERBYDESC</c> term.</summary>
internal sealed record OrderTerm(ColumnDef Column, bool Descending);
