using System.Globalization;
using System.Text.Json;

namespace SnowChatOps.LoadHarness;

/// <summary>
/// The Teams message activities the harness posts: user <c>n</c> writes "help" in their own personal chat with the bot,
/// with the service URL pointing at the connector stand-in, as Teams would deliver it.
/// </summary>
internal static class TeamsActivities
{
    public const string TenantId = "4b1d0c5e-0000-4000-8000-00000000aaaa";

    public static byte[] Help(Uri serviceUrl, int user)
    {
        var n = user.ToString(CultureInfo.InvariantCulture);
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message",
            id = "harness-" + n,
            timestamp = "2026-12-02T10:00:00.000Z",
            localTimestamp = "2026-12-02T11:00:00.000+01:00",
            serviceUrl = serviceUrl.ToString(),
            channelId = "msteams",
            from = new { id = "29:harness-user-" + n, name = "Harness User " + n, aadObjectId = AadObjectId(user) },
            conversation = new { id = "a:harness-chat-" + n, conversationType = "personal", tenantId = TenantId },
            recipient = new { id = "28:snowchatops-harness", name = "SnowChatOps" },
            text = "help",
            textFormat = "plain",
            locale = "en-US",
            channelData = new { tenant = new { id = TenantId } },
        });
    }

    private static string AadObjectId(int user) =>
        "00000000-0000-4000-8000-" + user.ToString("D12", CultureInfo.InvariantCulture);
}
