using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Tracking;

/// <summary>Refuses <see cref="TrackingOptions.DevWebhookSecret"/> outside Development (one secret for every tenant).</summary>
internal sealed class TrackingOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<TrackingOptions>
{
    public ValidateOptionsResult Validate(string? name, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return !string.IsNullOrEmpty(options.DevWebhookSecret) && environment is not null && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail("Tracking:DevWebhookSecret may only be set in the Development environment.")
            : ValidateOptionsResult.Success;
    }
}
