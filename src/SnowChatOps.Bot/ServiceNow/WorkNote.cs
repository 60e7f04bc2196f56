namespace SnowChatOps.Bot.ServiceNow;

/// <summary>A ticket's work note as ServiceNow keeps it in <c>sys_journal_field</c>.</summary>
internal sealed record WorkNote(string Text, DateTimeOffset? CreatedOn);
