using SnowChatOps.Bot.ServiceNow.Api;
using SnowChatOps.Bot.ServiceNow.Dtos;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Connection checks: who am I, which release, can we see our OAuth entity and the ticket tables.</summary>
internal sealed partial class ServiceNowClient
{
    private const string BuildTagProperty = "glide.buildtag.last";
    private const string WarProperty = "glide.war";

    /// <summary>The <c>sys_user</c> the tenant's token acts as.</summary>
    public async Task<ServiceNowUser> GetCurrentUserAsync(string tenantId, CancellationToken cancellationToken)
    {
        var parameters = new TableQueryParameters
        {
            Query = EncodedQuery.Empty.Where("sys_id").Is("javascript:gs.getUserID()").ToString(), Fields = UserRecordDto.Fields, Limit = 1,
        };
        using var response = await ServiceNowCall.SendAsync(ct => api.ListUsersAsync(parameters, tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
        var user = response.Content?.Result?.FirstOrDefault() ?? throw new ServiceNowNotFoundException("ServiceNow returned no current user.");
        return TicketMapper.ToUser(user) with { Roles = await GetCurrentRolesAsync(tenantId, cancellationToken).ConfigureAwait(false) };
    }

    /// <summary>The role names the token's user holds; empty when <c>sys_user_has_role</c> is not readable (a stock instance needs our ACL).</summary>
    private async Task<IReadOnlyList<string>> GetCurrentRolesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var parameters = new TableQueryParameters
        {
            Query = EncodedQuery.Empty.Where("user").Is("javascript:gs.getUserID()").ToString(), Fields = UserRoleRecordDto.Fields, DisplayValue = "true",
        };
        try
        {
            using var response = await ServiceNowCall.SendAsync(ct => api.ListUserRolesAsync(parameters, tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
            return [.. (response.Content?.Result ?? []).Select(r => r.Role).OfType<string>()];
        }
        catch (Exception ex) when (ex is ServiceNowForbiddenException or ServiceNowNotFoundException)
        {
            return [];
        }
    }

    /// <summary>The instance release from <c>glide.buildtag.last</c>, else <c>glide.war</c>; null when neither is readable or parsable.</summary>
    public async Task<ServiceNowVersion?> GetVersionAsync(string tenantId, CancellationToken cancellationToken)
    {
        var parameters = new TableQueryParameters
        {
            Query = EncodedQuery.Empty.Where("name").In(BuildTagProperty, WarProperty).ToString(), Fields = PropertyRecordDto.Fields, Limit = 2,
        };
        try
        {
            using var response = await ServiceNowCall.SendAsync(ct => api.ListPropertiesAsync(parameters, tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
            var properties = response.Content?.Result ?? [];
            return Parse(properties, BuildTagProperty) ?? Parse(properties, WarProperty);
        }
        catch (Exception ex) when (ex is ServiceNowForbiddenException or ServiceNowNotFoundException)
        {
            return null; // non-admins often may not read sys_properties
        }
    }

    /// <summary>
    /// Reads our Application Registry row by client id (never its secret). Null when absent; a cross-scope refusal
    /// surfaces as <see cref="ServiceNowForbiddenException"/> with <see cref="ServiceNowForbiddenException.IsCrossScopeAccessPolicy"/>.
    /// </summary>
    public async Task<ServiceNowOAuthEntity?> CheckOAuthEntityAsync(string tenantId, string clientId, CancellationToken cancellationToken)
    {
        var parameters = new TableQueryParameters
        {
            Query = EncodedQuery.Empty.Where("client_id").Is(clientId).ToString(), Fields = OAuthEntityRecordDto.Fields, Limit = 1,
        };
        try
        {
            using var response = await ServiceNowCall.SendAsync(ct => api.ListOAuthEntitiesAsync(parameters, tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
            return response.Content?.Result?.FirstOrDefault() is { } row
                ? new ServiceNowOAuthEntity(row.SysId ?? string.Empty, row.Name ?? string.Empty, row.ClientId ?? clientId, TicketMapper.IsTrue(row.Active))
                : null;
        }
        catch (ServiceNowNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Reads at most one row of <paramref name="table"/> to learn whether the connection may read it.</summary>
    public async Task<TableAccessCheck> CheckTableAccessAsync(string tenantId, TicketTable table, CancellationToken cancellationToken)
    {
        var parameters = new TableQueryParameters { Fields = "sys_id", Limit = 1, NoCount = "true" };
        try
        {
            using var response = await ServiceNowCall.SendAsync(ct => api.ProbeAsync(table.ToTableName(), parameters, tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
            return new TableAccessCheck(table, CanRead: true, ServiceNowMessage: null, IsCrossScopeAccessPolicy: false);
        }
        catch (ServiceNowNotFoundException)
        {
            return new TableAccessCheck(table, CanRead: true, ServiceNowMessage: null, IsCrossScopeAccessPolicy: false);
        }
        catch (ServiceNowForbiddenException forbidden)
        {
            logger.ProbeFailed(table.ToTableName(), tenantId, forbidden.StatusCode);
            return new TableAccessCheck(table, CanRead: false, forbidden.ServiceNowMessage, forbidden.IsCrossScopeAccessPolicy);
        }
    }

    /// <summary>
    /// Which of our <c>u_m365_*</c> task columns the instance's dictionary lists; null when the connection may not read
    /// <c>sys_dictionary</c> (the update set's ACL is missing too).
    /// </summary>
    public async Task<IReadOnlySet<string>?> GetInstalledCustomColumnsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var parameters = new TableQueryParameters
        {
            Query = EncodedQuery.Empty.Where("name").Is(CustomColumns.Table).Where("element").StartsWith(CustomColumns.Prefix).ToString(),
            Fields = DictionaryRecordDto.Fields,
        };
        try
        {
            using var response = await ServiceNowCall.SendAsync(ct => api.ListDictionaryAsync(parameters, tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
            return (response.Content?.Result ?? []).Select(r => r.Element).OfType<string>().ToHashSet(StringComparer.Ordinal);
        }
        catch (ServiceNowForbiddenException)
        {
            return null;
        }
    }

    private static ServiceNowVersion? Parse(IEnumerable<PropertyRecordDto> properties, string name) =>
        properties.FirstOrDefault(p => p.Name == name) is { Value: var value } && ServiceNowVersion.TryParse(value, out var version) ? version : null;
}
