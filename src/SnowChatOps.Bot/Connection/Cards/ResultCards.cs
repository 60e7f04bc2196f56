using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Cards;

/// <summary>What the admin sees in chat when the sign-in comes back, and when tokens stop working.</summary>
internal static class ResultCards
{
    public static AdaptiveCard Connected(ServiceNowConnection connection, IReadOnlyList<CheckResult> checks)
    {
        var status = StatusCard.Build(connection, ConnectionText.Status_Working);
        var body = new List<CardElement> { new TextBlock("✔ " + ConnectionText.Result_Connected_Title) { Size = "Large", Weight = "Bolder", Color = "Good" } };
        var problems = checks.Where(c => c.Outcome is CheckOutcome.Failed or CheckOutcome.Warning).ToList();
        if (problems.Count > 0)
        {
            body.Add(new TextBlock(ConnectionText.Result_Warnings) { Weight = "Bolder", Color = "Warning" });
            body.AddRange(problems.Select(ChecklistCard.Line));
        }

        body.AddRange(status.Body.Skip(1));
        return status with { Body = body };
    }

    public static AdaptiveCard Failed(string reason) => new(
        [
            new TextBlock("✖ " + ConnectionText.Result_Failed_Title) { Size = "Large", Weight = "Bolder", Color = "Attention" },
            new TextBlock(reason),
        ],
        [ConnectionButtons.Connect(), ConnectionButtons.Diagnose()]);

    public static AdaptiveCard NeedsAuthorization(string instanceUrl) => new(
        [
            new TextBlock(ConnectionText.Reauth_Title) { Size = "Large", Weight = "Bolder", Color = "Warning" },
            new TextBlock(string.Format(CultureInfo.CurrentCulture, ConnectionText.Reauth_Body, instanceUrl)),
        ],
        [ConnectionButtons.Authorize(), ConnectionButtons.Diagnose()]);

    public static AdaptiveCard Notice(string text) => new([new TextBlock(text)]);

    public static AdaptiveCard AlreadyConnected(string instanceUrl) => new(
        [new TextBlock(string.Format(CultureInfo.CurrentCulture, ConnectionText.Connect_AlreadyConnected, instanceUrl))],
        [ConnectionButtons.Status(), ConnectionButtons.Manage()]);

    public static AdaptiveCard Removed(bool tokensRevoked) => new(
        [new TextBlock(tokensRevoked ? ConnectionText.Removed : $"{ConnectionText.Removed} {ConnectionText.Removed_NotRevoked}")],
        [ConnectionButtons.Connect()]);
}
