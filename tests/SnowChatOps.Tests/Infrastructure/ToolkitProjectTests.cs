using System.Text.Json;
using System.Text.Json.Nodes;
using SnowChatOps.TestSupport;

namespace SnowChatOps.Tests.Infrastructure;

/// <summary>
/// The Agents Toolkit project (m365agents.yml, env/, infra/main.parameters.*.json): valid against the schema the
/// toolkit CLI ships, every variable resolvable in order, and the parameters the toolkit deploys with agree with the
/// Bicep template and with the .bicepparam file `az deployment` uses for the same environment.
/// </summary>
public sealed class ToolkitProjectTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("snowchatops-toolkit-").FullName;

    public static TheoryData<string> Environments => new("dev", "prod");

    [Fact]
    public async Task Validate_RepositoryProject_IsValidForEveryEnvironment()
    {
        var (exit, output) = await NodeScript.RunAsync("tools/toolkit/validate.js");

        Assert.True(exit == 0, output);
        Assert.Contains("environments dev, prod", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MisspelledActionAndVariableUsedBeforeItIsWritten_AreBothReported()
    {
        CopyProject();
        var yml = Path.Combine(scratch, "m365agents.yml");
        var text = await File.ReadAllTextAsync(yml, TestContext.Current.CancellationToken);
        text = text.Replace("uses: teamsApp/update", "uses: teamsApp/updat", StringComparison.Ordinal)
            .Replace("name: SnowChatOps${{APP_NAME_SUFFIX}}\n    writeToEnvironmentFile:\n      teamsAppId", "name: SnowChatOps${{BOT_DOMAIN}}\n    writeToEnvironmentFile:\n      teamsAppId", StringComparison.Ordinal);
        await File.WriteAllTextAsync(yml, text, TestContext.Current.CancellationToken);

        var (exit, output) = await NodeScript.RunAsync("tools/toolkit/validate.js", scratch);

        Assert.Equal(1, exit);
        Assert.Contains("/uses must be equal to constant", output, StringComparison.Ordinal);
        Assert.Contains("provision[0] teamsApp/create (env dev) uses BOT_DOMAIN before arm/deploy writes it", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Parameters_ForEnvironment_NameOnlyTemplateParametersAndGiveEveryRequiredOne(string env)
    {
        var template = await TemplateParametersAsync();
        var given = Parameters(env);

        Assert.Empty(given.Keys.Except(template.Keys));
        var required = template.Where(p => p.Value?["defaultValue"] is null).Select(p => p.Key);
        Assert.Empty(required.Except(given.Keys));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Parameters_ForEnvironment_AgreeWithItsBicepparamFile(string env)
    {
        var template = await TemplateParametersAsync();
        var (exit, output) = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "build-params", Infra($"main.{env}.bicepparam"), "--outdir", scratch);
        Assert.True(exit == 0, output);
        var bicepparam = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(scratch, $"main.{env}.json"), TestContext.Current.CancellationToken))!["parameters"]!.AsObject();

        // Values from the environment (${{VAR}} for the toolkit, readEnvironmentVariable for az) differ by design.
        foreach (var (name, value) in Parameters(env).Where(p => !p.Value!.ToJsonString().Contains("${{", StringComparison.Ordinal)))
        {
            var other = bicepparam[name]?["value"] ?? template[name]?["defaultValue"];
            Assert.True(JsonNode.DeepEquals(value, other), $"{name}: toolkit {value?.ToJsonString()}, bicepparam {other?.ToJsonString()}");
        }
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static string Infra(string file) => RepoPaths.Combine("infra", file);

    private static Dictionary<string, JsonNode?> Parameters(string env)
    {
        var json = JsonNode.Parse(File.ReadAllText(Infra($"main.parameters.{env}.json")))!["parameters"]!.AsObject();
        return json.ToDictionary(p => p.Key, p => p.Value!["value"]);
    }

    private async Task<Dictionary<string, JsonNode?>> TemplateParametersAsync()
    {
        var (exit, output) = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "build", Infra("main.bicep"), "--outdir", scratch);
        Assert.True(exit == 0, output);
        var arm = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(scratch, "main.json"), TestContext.Current.CancellationToken))!;
        return arm["parameters"]!.AsObject().ToDictionary(p => p.Key, p => p.Value?.DeepClone());
    }

    private void CopyProject()
    {
        foreach (var file in new[] { "m365agents.yml", "env/.env.dev", "env/.env.prod", "infra/main.bicep", "infra/main.parameters.dev.json", "infra/main.parameters.prod.json", "appPackage/manifest.json", "src/SnowChatOps.Bot/SnowChatOps.Bot.csproj" })
        {
            var target = Path.Combine(scratch, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(RepoPaths.Combine(file.Split('/')), target);
        }
    }
}
