namespace SnowChatOps.Bot.Sharing.Form;

/// <summary>Everything the ticket form card shows.</summary>
/// <param name="Notice">A message above the fields (e.g. ServiceNow's reason for refusing the last send).</param>
internal sealed record ShareFormView(
    string ActionTitle,
    ShareArg Arg,
    ShareFormValues Values,
    DateOnly Today,
    IReadOnlyList<FieldError> Errors,
    string? Notice = null);
