namespace SnowChatOps.Bot.SecureScore.Alerts;

/// <summary>A control whose achieved points fell between two snapshots.</summary>
internal sealed record ControlLoss(string ControlId, double Before, double After)
{
    public double Lost => Before - After;
}
