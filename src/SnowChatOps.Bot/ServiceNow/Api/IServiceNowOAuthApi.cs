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

    [Post("/oauth_revoke_token.do")]
    Task<IApiResponse> RevokeTokenAsync(
        [Query] RevokeParameters parameters, [Property(ServiceNowRequestOptions.InstanceBaseUri)] Uri instance, CancellationToken cancellationToken);
}
