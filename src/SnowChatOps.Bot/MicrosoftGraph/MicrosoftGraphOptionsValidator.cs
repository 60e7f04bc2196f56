using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.MicrosoftGraph;

/// <summary>A development token never reaches a real deployment: outside Development it stops the host.</summary>
internal sealed class MicrosoftGraphOptionsValidator(IHostEnvironment environment) : IValidateOptions<MicrosoftGraphOptions>
{
    public ValidateOptionsResult Validate(string? name, MicrosoftGraphOptions options) =>
        !string.IsNullOrEmpty(options.DevBearerToken) && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail($"{MicrosoftGraphOptions.Section}:DevBearerToken is for Development only (the local Graph emulator); remove it.")
            : ValidateOptionsResult.Success;
}
