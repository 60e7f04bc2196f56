using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing.Form;

/// <summary>The validated ticket form: what the user asked ServiceNow to record.</summary>
/// <param name="ActionId">The Secure Score control id; null when the share came from a Teams message (no duplicate check).</param>
/// <param name="DueDate">The day the user picked, in their own calendar.</param>
internal sealed record ShareForm(
    string? ActionId,
    string Name,
    string Description,
    int Priority,
    DateOnly DueDate,
    TicketTable Type,
    RecommendationSource Source,
    RecommendationCategory Category);
