using System.Globalization;
using Azure.Data.Tables;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>Maps a submission to and from its table row (one column per field; enums by name).</summary>
internal static class SubmissionEntity
{
    public static TableEntity ToEntity(ShareSubmission s) => new(TableKey.Escape(s.TenantId), TableKey.Escape(s.CorrelationId))
    {
        ["TenantId"] = s.TenantId,
        ["CorrelationId"] = s.CorrelationId,
        ["Status"] = s.Status.ToString(),
        ["Hold"] = s.Hold.ToString(),
        ["ActionId"] = s.Form.ActionId,
        ["Name"] = s.Form.Name,
        ["Description"] = s.Form.Description,
        ["Priority"] = s.Form.Priority,
        ["DueDate"] = s.Form.DueDate.ToString("O", CultureInfo.InvariantCulture),
        ["Type"] = s.Form.Type.ToString(),
        ["Source"] = s.Form.Source.ToString(),
        ["Category"] = s.Form.Category.ToString(),
        ["OwnerId"] = s.OwnerId,
        ["InitiatedBy"] = s.InitiatedBy,
        ["SharedBy"] = s.SharedBy,
        ["ConversationId"] = s.ConversationId,
        ["CardActivityId"] = s.CardActivityId,
        ["Locale"] = s.Locale,
        ["UtcOffsetMinutes"] = (int)s.UtcOffset.TotalMinutes,
        ["Attempts"] = s.Attempts,
        ["NextAttemptAt"] = s.NextAttemptAt,
        ["UpdatedAt"] = s.UpdatedAt,
        ["Error"] = s.Error,
        ["TicketTable"] = s.Ticket?.Table.ToString(),
        ["TicketSysId"] = s.Ticket?.SysId,
        ["TicketNumber"] = s.Ticket?.Number,
        ["TicketState"] = s.Ticket?.State,
        ["TicketPriority"] = s.Ticket?.Priority,
        ["TicketDueDate"] = s.Ticket?.DueDate,
    };

    public static ShareSubmission ToSubmission(TableEntity e) => new()
    {
        TenantId = e.GetString("TenantId")!,
        CorrelationId = e.GetString("CorrelationId")!,
        Status = Enum.Parse<SubmissionStatus>(e.GetString("Status")!),
        Hold = Enum.TryParse<SubmissionHold>(e.GetString("Hold"), out var hold) ? hold : SubmissionHold.None,
        Form = new ShareForm(
            e.GetString("ActionId"),
            e.GetString("Name")!,
            e.GetString("Description") ?? string.Empty,
            e.GetInt32("Priority") ?? 3,
            DateOnly.ParseExact(e.GetString("DueDate")!, "O", CultureInfo.InvariantCulture),
            Enum.Parse<TicketTable>(e.GetString("Type")!),
            Enum.Parse<RecommendationSource>(e.GetString("Source")!),
            Enum.Parse<RecommendationCategory>(e.GetString("Category")!)),
        OwnerId = e.GetString("OwnerId") ?? string.Empty,
        InitiatedBy = e.GetString("InitiatedBy")!,
        SharedBy = e.GetString("SharedBy") ?? string.Empty,
        ConversationId = e.GetString("ConversationId")!,
        CardActivityId = e.GetString("CardActivityId"),
        Locale = e.GetString("Locale") ?? "en-US",
        UtcOffset = TimeSpan.FromMinutes(e.GetInt32("UtcOffsetMinutes") ?? 0),
        Attempts = e.GetInt32("Attempts") ?? 0,
        NextAttemptAt = e.GetDateTimeOffset("NextAttemptAt"),
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        Error = e.GetString("Error"),
        Ticket = ToTicket(e),
        Version = e.ETag.ToString(),
    };

    private static CreatedTicket? ToTicket(TableEntity e) =>
        e.GetString("TicketSysId") is { } sysId
            ? new CreatedTicket(
                Enum.Parse<TicketTable>(e.GetString("TicketTable")!), sysId, e.GetString("TicketNumber") ?? string.Empty,
                e.GetString("TicketState") ?? string.Empty, e.GetInt32("TicketPriority"), e.GetDateTimeOffset("TicketDueDate"))
            : null;
}
