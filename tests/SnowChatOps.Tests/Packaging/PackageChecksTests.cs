using SnowChatOps.Tests.Infrastructure;

namespace SnowChatOps.Tests.Packaging;

/// <summary>
/// The node checks of what we ship besides the bot: the Teams app package against the official manifest schemas,
/// the ServiceNow business rule in a sandbox (its HMAC must match the bot's), the ServiceNow scripts type-checked with
/// TypeScript --checkJs against npm @servicenow/glide, and the update set being current.
/// </summary>
public sealed class PackageChecksTests
{
    [Fact]
    public async Task TeamsAppPackage_AgainstOfficialSchemas_IsValid()
    {
        var (exit, output) = await NodeAsync("tools/manifest/validate.js");

        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task ServiceNowBusinessRule_InSandbox_SignsLikeTheBotExpects()
    {
        var (exit, output) = await NodeAsync("tools/manifest/test-business-rule.js");

        Assert.True(exit == 0, output);
        Assert.Matches(@"\d+ passed, 0 failed", output);
    }

    [Fact]
    public async Task ServiceNowInstallScript_InSandbox_CreatesWhatTheUpdateSetCarriesIdempotently()
    {
        var (exit, output) = await NodeAsync("tools/manifest/test-install-script.js");

        Assert.True(exit == 0, output);
        Assert.Matches(@"\d+ passed, 0 failed", output);
    }

    [Fact]
    public async Task ServiceNowScripts_AgainstServiceNowGlideDeclarations_TypeCheck()
    {
        var (exit, output) = await NodeAsync("tools/manifest/check-glide-types.js");

        Assert.True(exit == 0, output);
        Assert.Contains("type-check against @servicenow/glide", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceNowUpdateSet_IsBuiltFromTheCurrentSources()
    {
        var (exit, output) = await NodeAsync("tools/manifest/build-update-set.js", "--check");

        Assert.True(exit == 0, output);
    }

    private static Task<(int Exit, string Output)> NodeAsync(string script, params string[] arguments) =>
        NodeScript.RunAsync(script, arguments);
}
