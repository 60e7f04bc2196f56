using Microsoft.Extensions.Options;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing;

/// <summary>
/// A create that is still running must never look abandoned: the processor takes a Creating submission over only
/// after <see cref="SharingOptions.AbandonedAfter"/>, so that must outlast ServiceNow's whole request timeout.
/// </summary>
internal sealed class SharingOptionsValidator(IOptions<ServiceNowOptions> serviceNow) : IValidateOptions<SharingOptions>
{
    public ValidateOptionsResult Validate(string? name, SharingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timeout = serviceNow.Value.Resilience.TotalRequestTimeout;
        return options.AbandonedAfter > timeout
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Sharing:AbandonedAfter ({options.AbandonedAfter}) must be longer than ServiceNow:Resilience:TotalRequestTimeout ({timeout}).");
    }
}
