namespace SnowChatOps.Bot.Sharing.Form;

/// <summary>A form field the server refused, with the message shown on the form.</summary>
internal sealed record FieldError(string InputId, string Message);
