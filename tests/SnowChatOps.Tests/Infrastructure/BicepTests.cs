using System.Text.Json;
using SnowChatOps.TestSupport;

namespace SnowChatOps.Tests.Infrastructure;

/// <summary>
/// infra/ compiles and lints with zero diagnostics: unknown resource types or API versions (BCP081), unused
/// parameters, secrets in outputs and the rest of Bicep's linter, at the levels infra/bicepconfig.json sets.
/// </summary>
public sealed class BicepTests : IDisposable
{
    private readonly string outDir = Directory.CreateTempSubdirectory("snowchatops-bicep-").FullName;

    public static TheoryData<string> Files => new("main.bicep", "main.dev.bicepparam", "main.prod.bicepparam");

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Lint_InfraFile_ReportsNothing(string file)
    {
        var (exit, output) = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "lint", Infra(file));

        Assert.True(exit == 0, output);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Build_MainTemplate_CompilesWithoutDiagnosticsAndHasTheOutputsTheAppNeeds()
    {
        var (exit, output) = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "build", Infra("main.bicep"), "--outdir", outDir);

        Assert.True(exit == 0, output);
        Assert.Equal(string.Empty, output);
        using var arm = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "main.json"), TestContext.Current.CancellationToken));
        var outputs = arm.RootElement.GetProperty("outputs").EnumerateObject().Select(o => o.Name).ToList();
        Assert.Contains("BOT_AZURE_APP_SERVICE_RESOURCE_ID", outputs);
        Assert.Contains("BOT_DOMAIN", outputs);
        Assert.Contains("AZURE_KEY_VAULT_URI", outputs);
    }

    [Theory]
    [InlineData("main.dev.bicepparam", 1)]
    [InlineData("main.prod.bicepparam", 3)]
    public async Task BuildParams_PerEnvironment_CompilesWithItsInstanceCount(string file, int instances)
    {
        var (exit, output) = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "build-params", Infra(file), "--outdir", outDir);

        Assert.True(exit == 0, output);
        Assert.Equal(string.Empty, output);
        var parameters = Path.Combine(outDir, Path.ChangeExtension(file, ".json"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(parameters, TestContext.Current.CancellationToken));
        Assert.Equal(instances, json.RootElement.GetProperty("parameters").GetProperty("instanceCount").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Lint_UnknownApiVersionAndUnusedParameter_IsReported()
    {
        // The control: proves the linter runs and sees what the assertions above claim is absent.
        var file = Path.Combine(outDir, "broken.bicep");
        await File.WriteAllTextAsync(file, "param unused string\nresource site 'Microsoft.Web/sites@2099-01-01' = {\n  name: 'x'\n  location: 'westeurope'\n}\n", TestContext.Current.CancellationToken);

        var (_, output) = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "lint", file);

        Assert.Contains("BCP081", output, StringComparison.Ordinal);
        Assert.Contains("no-unused-params", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(outDir, recursive: true);

    private static string Infra(string file) => RepoPaths.Combine("infra", file);
}
