using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing.Form;

/// <summary>The form as first shown for an improvement action (the seed's defaults: a change request from a Microsoft recommendation).</summary>
internal sealed class ShareFormDefaults(IOptions<SharingOptions> options)
{
    private const string Ellipsis = "…";

    /// <param name="posture">The action's Secure Score context, written into the description so ServiceNow carries it too.</param>
    public ShareForm For(ImprovementAction action, DateOnly today, ActionPosture? posture = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new ShareForm(
            action.Id,
            Truncate(action.Title, ShareFormInputs.NameMaxLength),
            Description(action, posture),
            PriorityRule.For(action),
            today.AddDays(options.Value.DefaultDueInDays),
            TicketTable.ChangeRequest,
            RecommendationSource.Microsoft,
            ToRecommendationCategory(action.Category));
    }

    public static RecommendationCategory ToRecommendationCategory(ActionCategory category) => category switch
    {
        ActionCategory.Devices => RecommendationCategory.Devices,
        ActionCategory.Data => RecommendationCategory.Data,
        ActionCategory.Apps => RecommendationCategory.Apps,
        ActionCategory.Identity => RecommendationCategory.Identity,
        _ => RecommendationCategory.Infrastructure,
    };

    /// <summary>
    /// Remediation, then the Secure Score context, impact and link; the remediation is shortened first so the rest
    /// always fits.
    /// </summary>
    private static string Description(ImprovementAction action, ActionPosture? posture)
    {
        var tail = new StringBuilder();
        if (posture is not null)
        {
            tail.Append("\n\n").Append(PostureText.Describe(posture));
        }

        if (!string.IsNullOrWhiteSpace(action.RemediationImpact))
        {
            tail.Append("\n\n").Append(string.Format(CultureInfo.CurrentCulture, SharingText.Description_Impact, action.RemediationImpact.Trim()));
        }

        if (action.ActionUrl is { } url)
        {
            tail.Append("\n\n").Append(string.Format(CultureInfo.CurrentCulture, SharingText.Description_Link, url.AbsoluteUri));
        }

        var suffix = Truncate(tail.ToString(), ShareFormInputs.DescriptionMaxLength / 2);
        return Truncate(action.Remediation.Trim(), ShareFormInputs.DescriptionMaxLength - suffix.Length) + suffix;
    }

    private static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(max - Ellipsis.Length)].TrimEnd() + Ellipsis;
}
