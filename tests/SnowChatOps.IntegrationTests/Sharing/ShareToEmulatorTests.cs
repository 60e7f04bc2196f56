using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Submission;

namespace SnowChatOps.IntegrationTests.Sharing;

public sealed class ShareToEmulatorTests : IAsyncLifetime
{
    private readonly SharingEmulatorHost host = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await host.ConnectAsync(ct);

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Share_ChangeRequest_CreatesOneRecordWithTheSeedFields()
    {
        var form = await ShowFormAsync();

        await SendAsync(SharingTurns.Press(form, "share-submit", d => { d["priority"] = "2"; d["dueDate"] = "2026-12-01"; }));

        var row = Assert.Single(host.Rows("change_request"), r => r.GetValueOrDefault("u_m365_action_id") == "AdminMFAV2");
        Assert.Equal("Require multifactor authentication for every administrator role", row["short_description"]);
        Assert.Equal("2", row["priority"]);
        Assert.Equal("2026-12-01 23:59:59", row["due_date"]);
        Assert.Equal("Megan Bowen (aad-user-1)", row["u_m365_initiated_by"]);
        Assert.Equal("Microsoft recommendation", row["u_m365_recommendation_source"]);
        Assert.Equal("Identity", row["u_m365_recommendation_category"]);
        Assert.Equal("Microsoft 365 Security and Configuration Change Request", row["correlation_display"]);
        Assert.Equal(Assert.Single(host.Submissions.All).CorrelationId, row["correlation_id"]);
        Assert.Contains("Learn more", row["description"], StringComparison.Ordinal);
        var card = host.Adapter.Updated.Last();
        Assert.Equal(form.Id, card.Id);
        Assert.Equal($"Ticket {row["number"]} created in ServiceNow", SharingTurns.Title(card));
        Assert.StartsWith("CHG", row["number"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_Incident_WritesImpactAndUrgencySoThePrioritySticks()
    {
        var form = await ShowFormAsync();

        await SendAsync(SharingTurns.Press(form, "share-submit", d => { d["type"] = "incident"; d["priority"] = "2"; d["source"] = "User"; }));

        var row = Assert.Single(host.Rows("incident"), r => r.GetValueOrDefault("u_m365_action_id") == "AdminMFAV2");
        Assert.Equal(("1", "2", "2"), (row["impact"], row["urgency"], row["priority"]));
        Assert.Equal("User recommendation", row["u_m365_recommendation_source"]);
        Assert.StartsWith("INC", row["number"], StringComparison.Ordinal);
        var card = SharingTurns.Card(host.Adapter.Updated.Last());
        Assert.Contains(card.SelectTokens("$..facts[*].value"), v => (string?)v == "2 - High");
        Assert.Equal(Assert.Single(host.Tracked.All).SysId, row["sys_id"]);
    }

    [Fact]
    public async Task Share_OpenTicketForAction_WarnsThenCreatesAnotherOnlyWhenAsked()
    {
        await SendAsync(SharingTurns.Press(await ShowFormAsync(), "share-submit"));
        var second = await ShowFormAsync();

        await SendAsync(SharingTurns.Press(second, "share-submit"));
        var warning = host.Adapter.Updated.Last();
        await SendAsync(SharingTurns.Press(warning, "share-anyway"));

        Assert.Equal("There is already an open ticket", SharingTurns.Title(warning));
        var open = SharingTurns.Card(warning)["actions"]![0]!;
        Assert.Equal("Open it", (string?)open["title"]);
        Assert.StartsWith("http://127.0.0.1:5080/nav_to.do?uri=change_request.do%3Fsys_id%3D", (string?)open["url"], StringComparison.Ordinal);
        Assert.Equal(2, host.Rows("change_request").Count(r => r.GetValueOrDefault("u_m365_action_id") == "AdminMFAV2"));
        Assert.All(host.Submissions.All, s => Assert.Equal(SubmissionStatus.Created, s.Status));
    }

    [Fact]
    public async Task Share_TitleAndDescriptionWithControlCharacters_ReachServiceNowWithoutThem()
    {
        var form = await ShowFormAsync();

        await SendAsync(SharingTurns.Press(form, "share-submit", d =>
        {
            d["name"] = "Require\0 MFA\u001b[0m for admins\u0007";
            d["description"] = "Line one\0\nLine two\u007f\tend";
        }));

        var row = Assert.Single(host.Rows("change_request"), r => r.GetValueOrDefault("u_m365_action_id") == "AdminMFAV2");
        Assert.Equal("Require MFA[0m for admins", row["short_description"]);
        Assert.Equal("Line one\nLine two\tend", row["description"]);
    }

    [Fact]
    public async Task Share_MegabyteDescription_RefusedOnTheFormWithoutEchoingItWhole()
    {
        var form = await ShowFormAsync();

        await SendAsync(SharingTurns.Press(form, "share-submit", d => d["description"] = new string('x', 1_000_000)));

        Assert.DoesNotContain(host.Rows("change_request"), r => r.GetValueOrDefault("u_m365_action_id") == "AdminMFAV2");
        var reply = host.Adapter.Updated.Concat(host.Adapter.Sent).Last();
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(reply);
        Assert.True(json.Length < 16 * 1024, $"{json.Length} characters");
        Assert.Contains("description", json, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<Activity> ShowFormAsync()
    {
        await SendAsync(SharingTurns.Text("share AdminMFAV2"));
        return host.Adapter.Sent.Last();
    }

    private Task SendAsync(Activity activity) => host.Adapter.ProcessAsync(activity, host.Bot, ct);
}
