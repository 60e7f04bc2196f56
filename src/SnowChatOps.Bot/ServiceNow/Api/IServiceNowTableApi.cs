using Refit;
using SnowChatOps.Bot.ServiceNow.Dtos;

namespace SnowChatOps.Bot.ServiceNow.Api;

/// <summary>
/// The ServiceNow Table API. Every call names its tenant; <see cref="ServiceNowAuthHandler"/> routes it to that
/// tenant's instance and attaches the bearer token. Lists use the v2 path, which answers an empty list with 200 []
/// where v1 answers 404; single records and writes keep v1, where 404 means "no such record".
/// </summary>
[Headers("Accept: application/json")]
internal interface IServiceNowTableApi
{
    [Get("/api/now/v2/table/{table}")]
    Task<IApiResponse<TableListEnvelope<TicketRecordDto>>> ListTicketsAsync(
        string table, [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Get("/api/now/table/{table}/{sysId}")]
    Task<IApiResponse<TableRecordEnvelope<TicketRecordDto>>> GetTicketAsync(
        string table, string sysId, [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Post("/api/now/table/{table}")]
    Task<IApiResponse<TableRecordEnvelope<TicketRecordDto>>> CreateTicketAsync(
        string table, [Body] TicketWriteDto ticket, [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Patch("/api/now/table/{table}/{sysId}")]
    Task<IApiResponse<TableRecordEnvelope<TicketRecordDto>>> UpdateTicketAsync(
        string table, string sysId, [Body] TicketWriteDto changes, [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Patch("/api/now/table/{table}/{sysId}")]
    Task<IApiResponse<TableRecordEnvelope<TicketRecordDto>>> PatchTicketAsync(
        string table, string sysId, [Body] TicketUpdateDto changes, [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Get("/api/now/v2/table/sys_journal_field")]
    Task<IApiResponse<TableListEnvelope<JournalRecordDto>>> ListJournalAsync(
        [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Get("/api/now/v2/table/sys_user")]
    Task<IApiResponse<TableListEnvelope<UserEmailRecordDto>>> ListUsersByEmailAsync(
        [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Get("/api/now/v2/table/sys_user")]
    Task<IApiResponse<TableListEnvelope<UserRecordDto>>> ListUsersAsync(
        [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Get("/api/now/v2/table/sys_user_has_role")]
    Task<IApiResponse<TableListEnvelope<UserRoleRecordDto>>> ListUserRolesAsync(
        [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Get("/api/now/v2/table/sys_dictionary")]
    Task<IApiResponse<TableListEnvelope<DictionaryRecordDto>>> ListDictionaryAsync(
        [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Get("/api/now/v2/table/sys_properties")]
    Task<IApiResponse<TableListEnvelope<PropertyRecordDto>>> ListPropertiesAsync(
        [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Get("/api/now/v2/table/oauth_entity")]
    Task<IApiResponse<TableListEnvelope<OAuthEntityRecordDto>>> ListOAuthEntitiesAsync(
        [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);

    [Get("/api/now/v2/table/{table}")]
    Task<IApiResponse<TableListEnvelope<SysIdRecordDto>>> ProbeAsync(
        string table, [Query] TableQueryParameters parameters, [Property(ServiceNowRequestOptions.TenantId)] string tenantId, CancellationToken cancellationToken);
}
