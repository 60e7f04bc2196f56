namespace SnowChatOps.Bot.SecureScore.WriteBack;

/// <summary>Graph's control states (Microsoft Learn, "Update secureScoreControlProfile": Default, Ignored, ThirdParty, Reviewed).</summary>
internal static class ControlStates
{
    public const string Default = "Default";
    public const string ThirdParty = "ThirdParty";
    public const string Reviewed = "Reviewed";

    /// <summary>What an admin may choose for a resolved or closed ticket.</summary>
    public static bool IsResolvedChoice(string? state) => state is ThirdParty or Reviewed;
}
