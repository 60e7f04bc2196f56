using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Dtos;
using SnowChatOps.Bot.Sharing;

namespace SnowChatOps.Benchmarks;

/// <summary>
/// The share submit path against the in-process emulator, next to the same ServiceNow work done by hand:
/// <list type="bullet">
/// <item><see cref="RawCreate"/>: one POST of the same record (the floor: ServiceNow's own round trip).</item>
/// <item><see cref="RawSameCalls"/>: the calls the bot makes, by hand (duplicate check on both tables + POST).</item>
/// <item><see cref="BotShareSubmit"/>: a "Send to ServiceNow" press through the whole bot turn.</item>
/// </list>
/// Bot-added latency = BotShareSubmit - RawSameCalls; the duplicate check's price = RawSameCalls - RawCreate.
/// </summary>
[MemoryDiagnoser]
public class ShareSubmitBenchmarks
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    private ShareBenchHost host = null!;
    private int sequence;

    [GlobalSetup]
    public void Setup()
    {
        host = new ShareBenchHost();
        host.ConnectAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public async Task RawCreate() => await PostAsync(NextActionId());

    [Benchmark]
    public async Task RawSameCalls()
    {
        var actionId = NextActionId();
        await ListAsync("incident", EncodedQuery.Empty.Where("u_m365_action_id").Is(actionId).Where("state").NotIn("6", "7", "8"));
        await ListAsync("change_request", EncodedQuery.Empty.Where("u_m365_action_id").Is(actionId).Where("state").NotIn("3", "4"));
        await PostAsync(actionId);
    }

    [Benchmark]
    public async Task BotShareSubmit()
    {
        await host.Adapter.ProcessAsync(SubmitActivity(NextActionId()), host.Bot, CancellationToken.None);
        if (host.Adapter.LastUpdate?.Attachments is not [{ } card] || !JObject.FromObject(card.Content).ToString().Contains("created in ServiceNow", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The share did not end in a ticket card.");
        }
    }

    private string NextActionId() => "BenchAction" + Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture);

    private async Task PostAsync(string actionId)
    {
        var write = TicketMapper.ToWrite(new NewTicket
        {
            Table = TicketTable.ChangeRequest, ShortDescription = "Require multifactor authentication for every administrator role",
            Description = "Benchmark record.", Priority = 2, DueDate = new DateTimeOffset(2026, 12, 26, 23, 59, 59, TimeSpan.Zero),
            CorrelationId = ShareArg.Mint(actionId).CorrelationId, InitiatedBy = "Bench User (aad-bench)",
            RecommendationSource = RecommendationSource.Microsoft, RecommendationCategory = RecommendationCategory.Identity, ActionId = actionId,
        });
        var uri = QueryHelpers.AddQueryString("api/now/table/change_request", "sysparm_fields", TicketRecordDto.Fields);
        using var response = await host.Raw.PostAsync(new Uri(uri, UriKind.Relative), JsonContent.Create(write, options: Json));
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    private async Task ListAsync(string table, EncodedQuery query)
    {
        var uri = QueryHelpers.AddQueryString($"api/now/table/{table}", new Dictionary<string, string?>
        {
            ["sysparm_query"] = query.ToString(), ["sysparm_fields"] = TicketRecordDto.Fields, ["sysparm_limit"] = "1000", ["sysparm_offset"] = "0",
        });
        using var response = await host.Raw.GetAsync(new Uri(uri, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
    }

    private static Activity SubmitActivity(string actionId) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        Locale = "en-US",
        ReplyToId = "form-card",
        From = new ChannelAccount("29:bench", "Bench User") { AadObjectId = "aad-bench" },
        Recipient = new ChannelAccount("28:bot", "SnowChatOps"),
        Conversation = new ConversationAccount { Id = "a:bench", TenantId = ShareBenchHost.Tenant, ConversationType = "personal" },
        Value = new JObject
        {
            ["verb"] = ShareCommandNames.Submit, ["arg"] = ShareArg.Mint(actionId).ToArg(),
            ["name"] = "Require multifactor authentication for every administrator role", ["description"] = "Benchmark record.",
            ["priority"] = "2", ["dueDate"] = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["type"] = "change_request", ["source"] = "Microsoft", ["category"] = "Identity",
        },
    };
}
