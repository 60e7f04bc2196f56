using SnowChatOps.Bot.ServiceNow.Api;
using SnowChatOps.Bot.ServiceNow.Dtos;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>What the ticket card's actions need: one PATCH per action, the latest work note, a user by email.</summary>
internal sealed partial class ServiceNowClient
{
    /// <summary>
    /// Applies <paramref name="change"/> in one Table API PATCH (never retried: unsafe). A refusal (ACL, data policy,
    /// business rule) surfaces as a <see cref="Errors.ServiceNowException"/> with ServiceNow's message.
    /// </summary>
    public async Task<Ticket> UpdateTicketAsync(string tenantId, TicketTable table, string sysId, TicketChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var body = new TicketUpdateDto
        {
            WorkNotes = change.WorkNote, State = change.State, CloseCode = change.CloseCode, CloseNotes = change.CloseNotes,
            HoldReason = change.HoldReason, AssignedTo = change.AssignedTo,
        };
        using var response = await ServiceNowCall.SendAsync(
            ct => api.PatchTicketAsync(table.ToTableName(), sysId, body, TicketQuery(), tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
        return TicketMapper.ToTicket(response.Content?.Result ?? throw EmptyBody(), table);
    }

    /// <summary>The newest work note of the record (from <c>sys_journal_field</c>), or null when it has none.</summary>
    public async Task<WorkNote?> GetLatestWorkNoteAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken)
    {
        var query = EncodedQuery.Empty.Where("name").Is(table.ToTableName()).Where("element_id").Is(sysId).Where("element").Is("work_notes")
            .OrderByDesc("sys_created_on");
        var parameters = new TableQueryParameters { Query = query.ToString(), Fields = JournalRecordDto.Fields, Limit = 1, NoCount = "true" };
        using var response = await ServiceNowCall.SendAsync(ct => api.ListJournalAsync(parameters, tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
        return response.Content?.Result?.FirstOrDefault() is { Value: { } text } row
            ? new WorkNote(text, ServiceNowDateTime.ParseOrNull(row.SysCreatedOn))
            : null;
    }

    /// <summary>The active <c>sys_user</c> whose email is <paramref name="email"/> (case-insensitive, as ServiceNow compares), or null.</summary>
    public async Task<ServiceNowAgent?> FindUserByEmailAsync(string tenantId, string email, CancellationToken cancellationToken)
    {
        var query = EncodedQuery.Empty.Where("email").Is(email).Where("active").Is("true");
        var parameters = new TableQueryParameters { Query = query.ToString(), Fields = UserEmailRecordDto.Fields, Limit = 2, NoCount = "true" };
        using var response = await ServiceNowCall.SendAsync(ct => api.ListUsersByEmailAsync(parameters, tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
        var rows = response.Content?.Result ?? [];
        return rows.Count == 1 && rows[0].SysId is { Length: > 0 } id
            ? new ServiceNowAgent(id, rows[0].UserName ?? string.Empty, rows[0].Name ?? string.Empty)
            : null; // none, or an ambiguous email: never guess whom to assign
    }
}
