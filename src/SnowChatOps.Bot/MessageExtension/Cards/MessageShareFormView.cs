using SnowChatOps.Bot.Sharing.Form;

namespace SnowChatOps.Bot.MessageExtension.Cards;

/// <summary>Everything the share dialog's form shows.</summary>
/// <param name="CorrelationId">Minted when the form is first rendered; kept across invalid submits.</param>
/// <param name="Notice">A message above the fields (ServiceNow's reason for refusing the last send).</param>
internal sealed record MessageShareFormView(
    string CorrelationId,
    ShareFormValues Values,
    DateOnly Today,
    IReadOnlyList<FieldError> Errors,
    string? Notice = null);
