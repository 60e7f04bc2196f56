namespace SnowChatOps.Bot.SecureScore.Graph;

/// <summary>A page of <c>GET security/secureScores</c>, newest snapshot first.</summary>
internal sealed record SecureScorePageDto(IReadOnlyList<SecureScoreDto?>? Value);
