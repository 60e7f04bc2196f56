using System.Globalization;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing.Form;

/// <summary>
/// The server-side twin of the card's client-side rules (isRequired, maxLength, Input.Date min): a client that
/// skips them (an old Teams, a forged invoke) still cannot send an invalid ticket.
/// </summary>
internal static class ShareFormValidator
{
    public static (ShareForm? Form, IReadOnlyList<FieldError> Errors) Validate(string? actionId, ShareFormValues values, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(values);
        var errors = new List<FieldError>();
        var name = Text(values.Name, ShareFormInputs.Name, ShareFormInputs.NameMaxLength, SharingText.Error_Name, errors);
        var description = Text(values.Description, ShareFormInputs.Description, ShareFormInputs.DescriptionMaxLength, SharingText.Error_Description, errors);
        var priority = int.TryParse(values.Priority, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 5 ? p : Fail(0, ShareFormInputs.Priority, SharingText.Error_Priority, errors);
        var due = DueDate(values.DueDate, today, errors);
        var type = TicketTableNames.TryParse(values.Type, out var table) ? table.Value : Fail(TicketTable.ChangeRequest, ShareFormInputs.Type, SharingText.Error_Type, errors);
        var source = ParseEnum(values.Source, ShareFormInputs.Source, SharingText.Error_Source, RecommendationSource.Microsoft, errors);
        var category = ParseEnum(values.Category, ShareFormInputs.Category, SharingText.Error_Category, RecommendationCategory.Identity, errors);
        return errors.Count > 0
            ? (null, errors)
            : (new ShareForm(actionId, name, description, priority, due, type, source, category), errors);
    }

    private static string Text(string value, string id, int max, string message, List<FieldError> errors)
    {
        var trimmed = value.Trim();
        return trimmed.Length is 0 || trimmed.Length > max ? Fail(trimmed, id, message, errors) : trimmed;
    }

    private static DateOnly DueDate(string value, DateOnly today, List<FieldError> errors)
    {
        if (!DateOnly.TryParseExact(value.Trim(), ShareFormInputs.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            return Fail(today, ShareFormInputs.DueDate, SharingText.Error_DueDate, errors);
        }

        return due < today ? Fail(due, ShareFormInputs.DueDate, SharingText.Error_DueDatePast, errors) : due;
    }

    // Enum.TryParse accepts numbers and any case; the card only ever sends the exact names.
    private static T ParseEnum<T>(string value, string id, string message, T fallback, List<FieldError> errors)
        where T : struct, Enum =>
        Enum.GetNames<T>().Contains(value, StringComparer.Ordinal) ? Enum.Parse<T>(value) : Fail(fallback, id, message, errors);

    private static T Fail<T>(T fallback, string id, string message, List<FieldError> errors)
    {
        errors.Add(new FieldError(id, message));
        return fallback;
    }
}
