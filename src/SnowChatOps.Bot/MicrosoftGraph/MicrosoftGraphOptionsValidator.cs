using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.MicrosoftGraph;

/// <summary>
/// A development token never reaches a real deployment: outside Development it stops the host. A container without a
/// host environment (a feature's registration built on its own) counts as not Development.
/// </summary>
internal sealed class MicrosoftGraphOptionsValidator(IEnumerable<IHostEnvironment> environment) : IValidateOptions<MicrosoftGraphOptions>
{
    public ValidateOptionsResult Validate(string? name, MicrosoftGraphOptions options) =>
        !string.IsNullOrEmpty(options.DevBearerToken) && environment.FirstOrDefault()?.IsDevelopment() != true
            ? ValidateOptionsResult.Fail($"{MicrosoftGraphOptions.Section}:DevBearerToken is for Development only (the local Graph emulator); remove it.")
            : ValidateOptionsResult.Success;
}
