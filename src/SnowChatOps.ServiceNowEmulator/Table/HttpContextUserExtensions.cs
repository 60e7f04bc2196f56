using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>The caller resolved by the API authentication middleware.</summary>
internal static class HttpContextUserExtensions
{
    public static SnowUser SnowUser(this HttpContext context) =>
        context.Items[typeof(SnowUser)] as SnowUser ?? throw new InvalidOperationException("No authenticated ServiceNow user on this request.");

    public static void SetSnowUser(this HttpContext context, SnowUser user) => context.Items[typeof(SnowUser)] = user;
}
