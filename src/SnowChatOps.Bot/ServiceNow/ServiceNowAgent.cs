namespace SnowChatOps.Bot.ServiceNow;

/// <summary>A ServiceNow user a Teams user maps to (by email), for assignment.</summary>
internal sealed record ServiceNowAgent(string SysId, string UserName, string Name);
