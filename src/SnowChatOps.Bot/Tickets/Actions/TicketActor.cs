namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>Who pressed the button: the tenant, their Teams id and Entra object id, and their display name.</summary>
internal sealed record TicketActor(string TenantId, string UserId, string? AadObjectId, string Name);
