using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.Bot;
using SnowChatOps.IntegrationTests.Sharing;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>
/// Every verb the router knows, typed and pressed, with hostile values (empty, whitespace, control characters, NUL,
/// 1 MB, markup, encoded-query operators, lone surrogates) on the real composition root over the emulator, as the
/// connected admin. For every turn: no crash, an answer, no answer near Teams' message size limit, no control
/// character echoed, no log line carrying more than a bounded, escaped piece of what the user sent, and nothing
/// with a control character written to ServiceNow.
/// </summary>
public sealed class HostileInputTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>Teams refuses messages over about 28 KB (413); stay well below it.</summary>
    private const int MaxReplyBytes = 24 * 1024;

    private static readonly string Huge = new('x', 1_000_000);

    private static readonly string[] Values =
    [
        string.Empty, "   ", "\t\r\n", "\0", "a\0b", "\u001b[31mred\u001b[0m", "\u0007bell\u007f\u0085", Huge,
        "<script>alert(1)</script>", "x^ORsys_id!=NULL^NQactive=true", "\ud800", "%00%0d%0a", "{\"verb\":\"status\"}",
        string.Concat(Enumerable.Repeat("🔥", 3000)),
    ];

    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator = new WebApplicationFactory<EmulatorEntryPoint>()
        .WithWebHostBuilder(b => b.UseEnvironment("Development"));

    private readonly FakeLoggerProvider logs = new();
    private BotApplication app = null!;

    public async ValueTask InitializeAsync()
    {
        app = new BotApplication(emulator) { ConfigureServices = s => s.AddSingleton<ILoggerProvider>(logs) };
        app.Settings["Logging:LogLevel:Default"] = "Debug";
        app.Settings["Storage:ConnectionString"] = azurite.ConnectionString;
        app.Settings["Storage:TablePrefix"] = "h" + Guid.NewGuid().ToString("N")[..12];
        await app.ConnectAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await emulator.DisposeAsync();
        logs.Dispose();
    }

    public static TheoryData<int> ValueIndexes => new(Enumerable.Range(0, Values.Length));

    [Theory]
    [MemberData(nameof(ValueIndexes))]
    public async Task EveryVerb_TypedWithHostileArgument_AnswersSafely(int value)
    {
        foreach (var verb in Verbs())
        {
            await AssertAnsweredSafelyAsync(SharingTurns.Text(verb + " " + Values[value]), $"typed {verb} #{value}");
        }

        await AssertAnsweredSafelyAsync(SharingTurns.Text(Values[value]), $"typed #{value} alone");
    }

    [Theory]
    [MemberData(nameof(ValueIndexes))]
    public async Task EveryVerb_PressedWithHostileArgumentAndInputs_AnswersSafely(int value)
    {
        var hostile = Values[value];
        foreach (var verb in Verbs().Append(hostile))
        {
            var data = new JObject { ["verb"] = verb, ["arg"] = hostile };
            foreach (var input in new[] { "instance", "clientId", "clientSecret", "title", "description", "priority", "dueDate", "type", "query", "name" })
            {
                data[input] = hostile;
            }

            await AssertAnsweredSafelyAsync(Press(data), $"pressed {Printable(verb)} #{value}");
        }
    }

    [Theory]
    [InlineData("en-US", "That message is too long for a command (1,000,006 characters; commands take at most 2,000). Nothing was done.")]
    [InlineData("zh-CN", "这条消息太长，不是有效的命令（1,000,006 个字符；命令最多 2,000 个字符）。未执行任何操作。")]
    public async Task TypedMegabyte_RefusedAsTooLongInTheUsersLanguage(string locale, string expected)
    {
        var activity = SharingTurns.Text("status " + new string('x', 999_999));
        activity.Locale = locale;

        await app.SendAsync(activity, TestContext.Current.CancellationToken);

        Assert.StartsWith(expected, app.Adapter.Sent.Last().Text, StringComparison.Ordinal);
        Assert.Contains(logs.Collector.GetSnapshot(), r => r.Id.Id == 1007);
    }

    [Fact]
    public async Task PressedUnknownMegabyteVerb_LoggedShortAndEscaped()
    {
        await app.SendAsync(Press(new JObject { ["verb"] = "\0" + new string('v', 1_000_000) }), TestContext.Current.CancellationToken);

        var line = Assert.Single(logs.Collector.GetSnapshot(), r => r.Id.Name == "UnknownVerb").Message;
        Assert.DoesNotContain("\0", line, StringComparison.Ordinal);
        Assert.True(line.Length < 300, line);
    }

    private IEnumerable<string> Verbs() => app.Services.GetServices<ChatCommandRoute>().Select(r => r.Name).Order(StringComparer.Ordinal);

    private async Task AssertAnsweredSafelyAsync(Activity activity, string what)
    {
        logs.Collector.Clear();
        var before = app.Adapter.Sent.Count + app.Adapter.Updated.Count;

        await app.SendAsync(activity, TestContext.Current.CancellationToken);

        var replies = app.Adapter.Sent.Concat(app.Adapter.Updated).Skip(before).ToList();
        Assert.True(replies.Count > 0, $"{what}: no answer");
        foreach (var reply in replies)
        {
            var json = JsonConvert.SerializeObject(reply);
            Assert.True(json.Length < MaxReplyBytes, $"{what}: a {json.Length}-character answer");
            Assert.False(HasControlCharacter(JsonText(reply)), $"{what}: a control character in the answer");
        }

        foreach (var record in logs.Collector.GetSnapshot())
        {
            Assert.True(record.Message.Length <= 600, $"{what}: a {record.Message.Length}-character log line ({record.Id})");
            Assert.False(HasControlCharacter(record.Message), $"{what}: a control character in log event {record.Id}");
        }

        foreach (var table in new[] { "incident", "change_request" })
        {
            Assert.DoesNotContain(emulator.Services.GetRequiredService<RecordStore>().List(table), row => row.Values.Any(HasControlCharacter));
        }
    }

    private static Activity Press(JObject data)
    {
        var activity = SharingTurns.Text(string.Empty);
        activity.Text = null;
        activity.Value = data;
        return activity;
    }

    /// <summary>The strings a user sees: texts and card contents, without JSON escapes.</summary>
    private static string JsonText(Activity reply) =>
        reply.Text + string.Concat((reply.Attachments ?? []).Select(a => string.Concat(JToken.FromObject(a.Content ?? string.Empty).SelectTokens("$..*").OfType<JValue>().Select(v => v.ToString()))));

    private static bool HasControlCharacter(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');

    private static string Printable(string verb) => verb.Length > 20 ? verb[..20] + "…" : verb.Replace("\0", "\\0", StringComparison.Ordinal);
}
