using Refit;
using SnowChatOps.Bot.ServiceNow.Dtos;

namespace SnowChatOps.Bot.ServiceNow.Api;

/// <summary>ServiceNow's OAuth endpoints; the instance travels per call and a handler routes the request there.</summary>
[Headers("Accept: application/json")]
internal interface IServiceNowOAuthApi
{
    [Post("/oauth_token.do")]
    Task<IApiResponse<TokenResponseDto>> RequestTokenAsync(
        [Body(BodySerializationMethod.UrlEncoded)] TokenRequestForm form, [Property(ServiceNowRequestOptions.InstanceBaseUri)] Uri instance, CancellationToken cancellationToken);

    /// <summary>The <c>sys_user</c> a freshly issued access token acts as, asked before any connection is stored.</summary>
    [Get("/api/now/v2/table/sys_user")]
    Task<IApiResponse<TableListEnvelope<UserRecordDto>>> ListUsersWithTokenAsync(
        [Query] TableQueryParameters parameters, [Authorize("Bearer")] string accessToken, [Property(ServiceNowRequestOptions.InstanceBaseUri)] Uri instance, CancellationToken cancellationToken);

    /// <summary>The roles of the user a freshly issued access token acts as (display values: role names).</summary>
    [Get("/api/now/v2/table/sys_user_has_role")]
    Task<IApiResponse<TableListEnvelope<UserRoleRecordDto>>> ListUserRolesWithTokenAsync(
        [Query] TableQueryParameters parameters, [Authorize("Bearer")] string accessToken, [Property(ServiceNowRequestOptions.InstanceBaseUri)] Uri instance, CancellationToken cancellationToken);

    [Post("/oauth_revoke_token.do")]
    Task<IApiResponse> RevokeTokenAsync(
        [Query] RevokeParameters parameters, [Property(ServiceNowRequestOptions.InstanceBaseUri)] Uri instance, CancellationToken cancellationToken);
}
