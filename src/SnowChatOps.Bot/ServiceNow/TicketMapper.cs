using System.Globalization;
using SnowChatOps.Bot.ServiceNow.Dtos;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Maps Table API DTOs (all strings) to and from our ticket records.</summary>
internal static class TicketMapper
{
    // Incident priority is derived from impact x urgency; these pairs yield priorities 1..5 with the default lookup rules.
    private static readonly (int Impact, int Urgency)[] IncidentPriority = [(1, 1), (1, 2), (2, 2), (2, 3), (3, 3)];

    /// <summary>The record to create; free text loses control characters here, whatever path it came by (no NUL in ServiceNow).</summary>
    public static TicketWriteDto ToWrite(NewTicket ticket)
    {
        var priority = ticket.Priority.ToString(CultureInfo.InvariantCulture);
        var (impact, urgency) = IncidentPriority[ticket.Priority - 1];
        var isIncident = ticket.Table == TicketTable.Incident;
        return new TicketWriteDto
        {
            ShortDescription = UserText.Clean(ticket.ShortDescription),
            Description = ticket.Description is null ? null : UserText.Clean(ticket.Description),
            Priority = isIncident ? null : priority,
            Impact = isIncident ? impact.ToString(CultureInfo.InvariantCulture) : null,
            Urgency = isIncident ? urgency.ToString(CultureInfo.InvariantCulture) : null,
            DueDate = ticket.DueDate is { } due ? ServiceNowDateTime.ToServiceNow(due) : null,
            CorrelationId = ticket.CorrelationId,
            CorrelationDisplay = UserText.Clean(ticket.CorrelationDisplay),
            InitiatedBy = UserText.Clean(ticket.InitiatedBy),
            RecommendationSource = ticket.RecommendationSource switch
            {
                RecommendationSource.User => "User recommendation",
                RecommendationSource.Microsoft => "Microsoft recommendation",
                _ => null,
            },
            RecommendationCategory = ticket.RecommendationCategory?.ToString(),
            ActionId = ticket.ActionId,
        };
    }

    public static Ticket ToTicket(TicketRecordDto dto, TicketTable table) => new()
    {
        SysId = dto.SysId ?? throw new FormatException("ServiceNow returned a record without sys_id."),
        Number = dto.Number ?? string.Empty,
        Table = table,
        State = dto.State ?? string.Empty,
        Priority = ParseInt(dto.Priority),
        ShortDescription = dto.ShortDescription,
        DueDate = ServiceNowDateTime.ParseOrNull(dto.DueDate),
        UpdatedOn = ServiceNowDateTime.ParseOrNull(dto.SysUpdatedOn),
        ModCount = ParseInt(dto.SysModCount) ?? 0,
        CorrelationId = NullIfEmpty(dto.CorrelationId),
        ActionId = NullIfEmpty(dto.ActionId),
        Category = NullIfEmpty(dto.Category),
        RecommendationCategory = NullIfEmpty(dto.RecommendationCategory),
        RecommendationSource = NullIfEmpty(dto.RecommendationSource),
    };

    public static ServiceNowUser ToUser(UserRecordDto dto) => new(
        dto.SysId ?? string.Empty, dto.UserName ?? string.Empty, dto.Name ?? string.Empty,
        IsTrue(dto.WebServiceAccessOnly), IsTrue(dto.InternalIntegrationUser));

    public static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
