namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Outcome of a one-row read probe; <see cref="ServiceNowMessage"/> is ServiceNow's refusal text.</summary>
internal sealed record TableAccessCheck(TicketTable Table, bool CanRead, string? ServiceNowMessage, bool IsCrossScopeAccessPolicy);
