using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SnowChatOps.IntegrationTests.Emulator;

public sealed class PersistenceTests : IDisposable
{
    private readonly string dataFile = Path.Combine(Path.GetTempPath(), $"snow-emulator-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(dataFile);

    [Fact]
    public async Task DataFile_RecordsAndNumbering_SurviveRestart()
    {
        await using (var first = NewEmulator())
        {
            await first.Integration().CreateAsync("incident", new { short_description = "kept" });
        }

        await using var second = NewEmulator();
        var client = second.Integration();

        var kept = await client.GetFromJsonAsync<JsonObject>("/api/now/table/incident?sysparm_query=short_description=kept", TestContext.Current.CancellationToken);
        var next = await client.CreateAsync("incident", new { short_description = "new" });

        Assert.Equal("INC0010001", Assert.Single(kept!["result"]!.AsArray()).Text("number"));
        Assert.Equal("INC0010002", next.Text("number"));
    }

    [Fact]
    public async Task UnknownApiPath_Answers400InServiceNowEnvelope()
    {
        await using var emulator = NewEmulator();

        using var response = await emulator.Integration().GetAsync("/api/now/nothing/here", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Requested URI does not represent any resource", (await response.JsonAsync())["error"].Text("message"));
    }

    private EmulatorFactory NewEmulator()
    {
        var emulator = new EmulatorFactory();
        emulator.Settings["Emulator:DataFile"] = dataFile;
        return emulator;
    }
}
