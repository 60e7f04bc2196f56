using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Bot.Fuzz;

/// <summary>A fuzzed input as the Teams activity that carries it.</summary>
internal static class FuzzActivities
{
    public const string OtherTenant = "tenant-z";

    public static Activity From(FuzzInput input, int sequence)
    {
        ArgumentNullException.ThrowIfNull(input);
        var activity = input.Kind switch
        {
            FuzzKind.Typed => new Activity { Type = ActivityTypes.Message, Text = input.Text },
            FuzzKind.Submit => new Activity { Type = ActivityTypes.Message, Value = input.Data.DeepClone(), ReplyToId = "card-" + sequence },
            _ => new Activity
            {
                Type = ActivityTypes.Invoke,
                Name = "adaptiveCard/action",
                ReplyToId = "card-" + sequence,
                Value = new JObject
                {
                    ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = input.Data["verb"]?.DeepClone(), ["data"] = input.Data.DeepClone() },
                    ["trigger"] = sequence % 5 == 0 ? "automatic" : "manual",
                },
            },
        };
        var tenant = input.Sender == FuzzSender.OtherTenant ? OtherTenant : BotApplication.Tenant;
        activity.ChannelId = "msteams";
        activity.Id = "fuzz-" + sequence;
        activity.ServiceUrl = "https://smba.trafficmanager.net/amer/";
        activity.Locale = sequence % 3 == 0 ? "zh-CN" : "en-US";
        activity.From = input.Sender switch
        {
            FuzzSender.OtherUser => new ChannelAccount("29:user-2", "Alex Wilber") { AadObjectId = "aad-user-2" },
            FuzzSender.Anonymous => new ChannelAccount("29:user-3"),
            _ => new ChannelAccount("29:user-1", "Megan Bowen") { AadObjectId = "aad-user-1" },
        };
        activity.Recipient = new ChannelAccount("28:bot", "SnowChatOps");
        activity.Conversation = new ConversationAccount { Id = "a:fuzz-chat", TenantId = tenant, ConversationType = "personal" };
        activity.ChannelData = JObject.FromObject(new TeamsChannelData { Tenant = new TenantInfo(tenant) });
        return activity;
    }
}
