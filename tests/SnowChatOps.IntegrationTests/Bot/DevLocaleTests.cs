using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Schema;
using SnowChatOps.IntegrationTests.Sharing;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>
/// <c>Localization:DevLocale</c> on the real composition root (Development): the Agents Playground always sends
/// en-US, and with the setting every turn is answered in the configured language, as for a Teams user with that
/// language; without it each turn's own locale holds.
/// </summary>
public sealed class DevLocaleTests : IAsyncDisposable
{
    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator = new WebApplicationFactory<EmulatorEntryPoint>()
        .WithWebHostBuilder(b => b.UseEnvironment("Development"));

    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task Help_DevLocaleZhCnAndAnEnUsActivity_AnswersInChinese()
    {
        await using var app = new BotApplication(emulator);
        app.Settings["Localization:DevLocale"] = "zh-CN";

        var reply = await HelpAsync(app, "en-US");

        Assert.Equal("SnowChatOps 命令", SharingTurns.Title(reply));
    }

    [Fact]
    public async Task Help_NoDevLocale_AnswersInTheActivitysLocale()
    {
        await using var app = new BotApplication(emulator);

        var english = await HelpAsync(app, "en-US");
        var chinese = await HelpAsync(app, "zh-CN");

        Assert.Equal(("SnowChatOps commands", "SnowChatOps 命令"), (SharingTurns.Title(english), SharingTurns.Title(chinese)));
    }

    private async Task<Activity> HelpAsync(BotApplication app, string locale)
    {
        var activity = SharingTurns.Text("help");
        activity.Locale = locale;
        await app.SendAsync(activity, ct);
        return app.Adapter.Sent.Last();
    }
}
