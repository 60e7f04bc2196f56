using System.Globalization;
using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Bot;

/// <summary>A dev locale is refused outside Development and when it names no culture this runtime knows.</summary>
internal sealed class DevLocaleOptionsValidator(IHostEnvironment environment) : IValidateOptions<DevLocaleOptions>
{
    public ValidateOptionsResult Validate(string? name, DevLocaleOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DevLocale))
        {
            return ValidateOptionsResult.Success;
        }

        if (!environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail($"{DevLocaleOptions.Section}:DevLocale is for Development only (Teams sends each user's language); remove it.");
        }

        try
        {
            CultureInfo.GetCultureInfo(options.DevLocale.Trim(), predefinedOnly: true);
            return ValidateOptionsResult.Success;
        }
        catch (CultureNotFoundException)
        {
            return ValidateOptionsResult.Fail($"{DevLocaleOptions.Section}:DevLocale '{options.DevLocale}' is not a culture name; use one such as zh-CN or en-US.");
        }
    }
}
