using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Connection;

public sealed class SettingsCommandTests
{
    [Fact]
    public async Task Settings_Connected_OffersReprovisionStateNamesSecureScoreAndRemove()
    {
        await using var harness = await ConnectedHarnessAsync();

        await harness.Flow()
            .Send("settings")
            .AssertReply(reply => Assert.Equal(["Re-provision (authorize again)", "Customize ticket state names", "Secure Score write-back", "Remove the connection"], CardReader.From(reply).ActionTitles))
            .StartTestAsync();
    }

    [Fact]
    public async Task StateNames_Form_ListsEveryStateOfBothTables()
    {
        await using var harness = await ConnectedHarnessAsync();

        await harness.Flow()
            .Send(Activities.Press(ConnectionVerbs.StateNames))
            .AssertReply(reply =>
            {
                var ids = CardReader.From(reply).Json.SelectTokens("$..[?(@.type == 'Input.Text')].id").Select(t => (string)t!).ToList();
                Assert.Equal(TicketStates.ChangeRequest.Count + TicketStates.Incident.Count, ids.Count);
                Assert.Contains("incident:6", ids);
                Assert.Contains("change_request:-5", ids);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task StateNamesSave_RenamedOne_StoresOnlyTheChangeAndNamesFollowIt()
    {
        await using var harness = await ConnectedHarnessAsync();

        await harness.Flow()
            .Send(Activities.Press(ConnectionVerbs.StateNamesSave, inputs: new Dictionary<string, string> { ["incident:2"] = "Working on it", ["incident:1"] = "New" }))
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("Ticket state names saved.", card.Title);
                Assert.Equal(ConnectionVerbs.Settings, card.VerbOf("Back to settings"));
            })
            .StartTestAsync();

        var names = harness.Get<TicketStateNames>();
        Assert.Equal("Working on it", await names.NameAsync(BotHarness.TenantId, TicketTable.Incident, "2", TestContext.Current.CancellationToken));
        Assert.Equal("Resolved", await names.NameAsync(BotHarness.TenantId, TicketTable.Incident, "6", TestContext.Current.CancellationToken));
        var stored = (await harness.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken))!.StateNames;
        Assert.Equal(["incident:2"], stored.Keys);
    }

    [Fact]
    public async Task StateNamesSave_TooLong_FormComesBackWithErrorAndTypedValue()
    {
        await using var harness = await ConnectedHarnessAsync();
        var longName = new string('x', 41);

        await harness.Flow()
            .Send(Activities.Press(ConnectionVerbs.StateNamesSave, inputs: new Dictionary<string, string> { ["incident:2"] = longName }))
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Contains("A state name can have at most 40 characters.", card.Texts);
                Assert.Equal(longName, (string?)card.Json.SelectToken("$..[?(@.id == 'incident:2')].value"));
            })
            .StartTestAsync();

        Assert.Empty((await harness.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken))!.StateNames);
    }

    [Fact]
    public async Task StateNamesReset_RestoresDefaults()
    {
        await using var harness = await ConnectedHarnessAsync(Connections.Connected() with { StateNames = new Dictionary<string, string> { ["incident:2"] = "Doing" } });

        await harness.Flow()
            .Send(Activities.Press(ConnectionVerbs.StateNamesReset))
            .AssertReply(reply => Assert.Equal("Ticket state names are back to ServiceNow's defaults.", CardReader.From(reply).Title))
            .StartTestAsync();

        Assert.Empty((await harness.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken))!.StateNames);
    }

    [Fact]
    public async Task RemoveKeep_LeavesConnection()
    {
        await using var harness = await ConnectedHarnessAsync();

        await harness.Flow()
            .Send(Activities.Press(ConnectionVerbs.RemoveCancelled))
            .AssertReply(reply => Assert.Equal("Nothing changed: the ServiceNow connection is kept.", CardReader.From(reply).Title))
            .StartTestAsync();

        Assert.NotNull(await harness.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Settings_NotAnAdmin_Refused()
    {
        await using var harness = new BotHarness(settings: new Dictionary<string, string?> { ["Admins:UserObjectIds:0"] = "someone-else" });

        await harness.Flow()
            .Send(Activities.Press(ConnectionVerbs.RemoveConfirmed))
            .AssertReply(reply => Assert.StartsWith("Only SnowChatOps administrators", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Status_NotConnected_OffersConnect()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send("status")
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Contains("SnowChatOps is not connected to ServiceNow yet.", card.Texts);
                Assert.Contains("Connect to ServiceNow", card.ActionTitles);
            })
            .StartTestAsync();
    }

    private static async Task<BotHarness> ConnectedHarnessAsync(ServiceNowConnection? connection = null)
    {
        var harness = new BotHarness();
        await harness.Connections.TryAddAsync(connection ?? Connections.Connected(), TestContext.Current.CancellationToken);
        return harness;
    }
}
