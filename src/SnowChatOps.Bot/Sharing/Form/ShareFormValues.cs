using System.Globalization;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing.Form;

/// <summary>The form's values as typed (strings), so an invalid submit comes back exactly as the user left it.</summary>
internal sealed record ShareFormValues(string Name, string Description, string Priority, string DueDate, string Type, string Source, string Category)
{
    public static ShareFormValues From(ShareForm form) => new(
        form.Name,
        form.Description,
        form.Priority.ToString(CultureInfo.InvariantCulture),
        form.DueDate.ToString(ShareFormInputs.DateFormat, CultureInfo.InvariantCulture),
        form.Type.ToTableName(),
        form.Source.ToString(),
        form.Category.ToString());

    public static ShareFormValues From(CommandInput input) => new(
        input.Input(ShareFormInputs.Name) ?? string.Empty,
        input.Input(ShareFormInputs.Description) ?? string.Empty,
        input.Input(ShareFormInputs.Priority) ?? string.Empty,
        input.Input(ShareFormInputs.DueDate) ?? string.Empty,
        input.Input(ShareFormInputs.Type) ?? string.Empty,
        input.Input(ShareFormInputs.Source) ?? string.Empty,
        input.Input(ShareFormInputs.Category) ?? string.Empty);
}
