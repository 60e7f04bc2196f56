using Microsoft.Extensions.Logging;
using SnowChatOps.Bot.SecureScore.Text;

namespace SnowChatOps.Bot.SecureScore.Graph;

/// <summary>
/// The one place a Graph control profile becomes an <see cref="ImprovementAction"/>; Graph and the offline catalog
/// both go through it.
/// </summary>
internal static class ControlProfileMapper
{
    public const int MaxRemediationLength = 2000;
    public const int MaxRemediationImpactLength = 500;

    /// <summary>Maps every usable profile and logs each one it has to skip.</summary>
    public static IEnumerable<ImprovementAction> ToImprovementActions(IEnumerable<ControlProfileDto> profiles, ILogger logger)
    {
        foreach (var profile in profiles)
        {
            if (ToImprovementAction(profile, out var reason) is { } action)
            {
                yield return action;
            }
            else
            {
                logger.ControlSkipped(profile.Id, reason);
            }
        }
    }

    /// <returns>The action, or null (with the reason) when the profile lacks an id, a title or a known category.</returns>
    public static ImprovementAction? ToImprovementAction(ControlProfileDto dto, out string? skipReason)
    {
        ArgumentNullException.ThrowIfNull(dto);
        skipReason = null;
        if (string.IsNullOrWhiteSpace(dto.Id) || string.IsNullOrWhiteSpace(dto.Title))
        {
            skipReason = "missing id or title";
            return null;
        }

        if (ToCategory(dto.ControlCategory) is not { } category)
        {
            skipReason = "unknown category";
            return null;
        }

        return new ImprovementAction(
            Id: dto.Id.Trim(),
            Title: HtmlToText.Convert(dto.Title, 200),
            Category: category,
            ActionType: dto.ActionType ?? string.Empty,
            Service: dto.Service ?? string.Empty,
            MaxScore: dto.MaxScore ?? 0,
            Rank: dto.Rank ?? int.MaxValue,
            Tier: dto.Tier ?? string.Empty,
            UserImpact: dto.UserImpact ?? string.Empty,
            ImplementationCost: dto.ImplementationCost ?? string.Empty,
            Threats: dto.Threats?.OfType<string>().ToArray() ?? [],
            Remediation: HtmlToText.Convert(dto.Remediation, MaxRemediationLength),
            RemediationImpact: HtmlToText.Convert(dto.RemediationImpact, MaxRemediationImpactLength),
            ActionUrl: ToHttpsUrl(dto.ActionUrl),
            Deprecated: dto.Deprecated ?? false);
    }

    /// <summary>Graph says "Device" (and "Account" in beta); the ServiceNow integration says "Devices" and "Identity".</summary>
    public static ActionCategory? ToCategory(string? controlCategory) => controlCategory?.Trim().ToUpperInvariant() switch
    {
        "DEVICE" or "DEVICES" => ActionCategory.Devices,
        "DATA" => ActionCategory.Data,
        "APPS" => ActionCategory.Apps,
        "IDENTITY" or "ACCOUNT" => ActionCategory.Identity,
        "INFRASTRUCTURE" => ActionCategory.Infrastructure,
        _ => null,
    };

    public static Uri? ToHttpsUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0
            ? uri
            : null;
}
