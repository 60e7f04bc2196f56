using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SnowChatOps.IntegrationTests.Emulator;

public sealed class WebhookTests : IAsyncDisposable
{
    private readonly EmulatorFactory emulator = new();

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    [Fact]
    public async Task TableApiStateChange_PostsSignedWebhookWithContractBody()
    {
        var client = emulator.Integration();
        var incident = await client.CreateAsync("incident", new { short_description = "x" });

        using var patch = await client.PatchAsJsonAsync($"/api/now/table/incident/{incident.Text("sys_id")}", new { state = "2" }, TestContext.Current.CancellationToken);
        var hook = await emulator.Webhooks.NextAsync(TestContext.Current.CancellationToken);

        var body = JsonNode.Parse(hook.Body)!;
        Assert.Equal(EmulatorFactory.WebhookUrl, hook.Url.ToString());
        Assert.Equal(["ServiceNow/1.0", "application/json"], [hook.Headers["User-Agent"], hook.Headers["Content-Type"]]);
        Assert.Equal(Sign(hook.Headers["X-SnowChatOps-Timestamp"], hook.Body), hook.Headers["X-SnowChatOps-Signature"]);
        Assert.Equal("1772524800", hook.Headers["X-SnowChatOps-Timestamp"]);
        Assert.Equal(["incident", incident.Text("sys_id"), "INC0010001", "2", "1", "2026-03-03 08:00:00", "m365.integration", "http://127.0.0.1:5080"],
            [body.Text("table"), body.Text("sys_id"), body.Text("number"), body.Text("state"), body.Text("previous_state"),
             body.Text("sys_updated_on"), body.Text("updated_by"), body.Text("instance")]);
        Assert.True(Guid.TryParse(body.Text("event_id"), out _));
    }

    [Fact]
    public async Task ControlApiStateChange_BumpsModCountAndPostsWebhook()
    {
        var change = await emulator.Integration().CreateAsync("change_request", new { short_description = "x" });

        using var response = await emulator.CreateClient().PostAsJsonAsync($"/_emulator/tickets/change_request/{change.Text("sys_id")}/state",
            new { state = "-4", by = "abel.tuter" }, TestContext.Current.CancellationToken);
        var hook = JsonNode.Parse((await emulator.Webhooks.NextAsync(TestContext.Current.CancellationToken)).Body)!;

        Assert.Equal("1", (await response.JsonAsync()).Text("sys_mod_count"));
        Assert.Equal(["CHG0030001", "-4", "-5", "abel.tuter"], [hook.Text("number"), hook.Text("state"), hook.Text("previous_state"), hook.Text("updated_by")]);
    }

    [Fact]
    public async Task AgentUiStateChange_PostsWebhookAndRecordsWorkNote()
    {
        var incident = await emulator.Integration().CreateAsync("incident", new { short_description = "x" });
        var browser = emulator.Browser();
        using var login = await browser.PostAsync("/login.do", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user_name"] = "abel.tuter", ["user_password"] = "Personal#2026", ["sysparm_goto"] = "/agent",
        }), TestContext.Current.CancellationToken);
        var list = await browser.GetStringAsync("/agent", TestContext.Current.CancellationToken);

        using var posted = await browser.PostAsync($"/agent/incident/{incident.Text("sys_id")}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["state"] = "6", ["work_notes"] = "Fixed the policy", ["close_code"] = "", ["close_notes"] = "",
        }), TestContext.Current.CancellationToken);
        var hook = JsonNode.Parse((await emulator.Webhooks.NextAsync(TestContext.Current.CancellationToken)).Body)!;
        var detail = await browser.GetStringAsync(posted.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Contains("INC0010001", list, StringComparison.Ordinal);
        Assert.Equal(["6", "1", "abel.tuter"], [hook.Text("state"), hook.Text("previous_state"), hook.Text("updated_by")]);
        Assert.Contains("Fixed the policy", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_WithoutSession_RedirectsToLogin()
    {
        using var response = await emulator.Browser().GetAsync("/agent", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login.do", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebhookSetViaControlApi_DeliversToNewUrlWithNewSecret()
    {
        using var put = await emulator.CreateClient().PutAsJsonAsync("/_emulator/webhook",
            new { url = "http://other.test/hook", secret = "s2" }, TestContext.Current.CancellationToken);
        var incident = await emulator.Integration().CreateAsync("incident", new { short_description = "x" });

        using var response = await emulator.CreateClient().PostAsJsonAsync($"/_emulator/tickets/incident/{incident.Text("sys_id")}/state",
            new { state = "2" }, TestContext.Current.CancellationToken);
        var hook = await emulator.Webhooks.NextAsync(TestContext.Current.CancellationToken);

        Assert.Equal("http://other.test/hook", hook.Url.ToString());
        Assert.Equal(Sign(hook.Headers["X-SnowChatOps-Timestamp"], hook.Body, "s2"), hook.Headers["X-SnowChatOps-Signature"]);
    }

    [Fact]
    public async Task Delivery_ReceiverFailsOnce_RetriedWithSameEventId()
    {
        await using var realTime = new EmulatorFactory { UseRealTime = true };
        realTime.Webhooks.AnswerNext(HttpStatusCode.ServiceUnavailable);
        var incident = await realTime.Integration().CreateAsync("incident", new { short_description = "x" });

        using var response = await realTime.CreateClient().PostAsJsonAsync($"/_emulator/tickets/incident/{incident.Text("sys_id")}/state",
            new { state = "2" }, TestContext.Current.CancellationToken);
        var first = await realTime.Webhooks.NextAsync(TestContext.Current.CancellationToken);
        var second = await realTime.Webhooks.NextAsync(TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], [first.AnsweredWith, second.AnsweredWith]);
        Assert.Equal(JsonNode.Parse(first.Body).Text("event_id"), JsonNode.Parse(second.Body).Text("event_id"));
    }

    private static string Sign(string timestamp, string body, string secret = EmulatorFactory.WebhookSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
