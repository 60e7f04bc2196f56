namespace SnowChatOps.Bot.SecureScore.Graph;

/// <summary>Graph <c>securityVendorInformation</c>; provider and vendor are required on a control profile update.</summary>
internal sealed record VendorInformationDto(string Provider, string Vendor)
{
    /// <summary>Secure Score's own values (Microsoft Learn, "Update secureScoreControlProfile", example request).</summary>
    public static VendorInformationDto SecureScore { get; } = new("SecureScore", "Microsoft");
}
