using Microsoft.Bot.Schema;

namespace SnowChatOps.Bot.Proactive;

/// <summary>A conversation the bot can post into later: a personal chat, a group chat or a channel.</summary>
internal sealed record ConversationRecord(
    string TenantId,
    string ConversationId,
    string ConversationType,
    string? UserAadObjectId,
    ConversationReference Reference,
    bool Active,
    DateTimeOffset UpdatedAt);
