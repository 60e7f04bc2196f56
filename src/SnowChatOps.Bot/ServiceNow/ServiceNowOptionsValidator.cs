using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Refuses <see cref="ServiceNowOptions.AllowLoopback"/> outside Development (it would open plain-http loopback targets).</summary>
internal sealed class ServiceNowOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<ServiceNowOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceNowOptions options) =>
        options.AllowLoopback && environment is not null && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail("ServiceNow:AllowLoopback may only be true in the Development environment.")
            : ValidateOptionsResult.Success;
}
