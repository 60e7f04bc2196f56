using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Sharing.Cards;

/// <summary>
/// The ticket form's parts, shared by the chat form and the message-extension dialog so both keep the same input
/// ids and client-side rules (which <see cref="ShareFormValidator"/> repeats on the server).
/// </summary>
internal static class ShareFormFields
{
    /// <summary>The action's or message's title under a sharing card's heading is cut to this many characters.</summary>
    public const int MaxSubtitleLength = 200;

    public static List<CardElement> Header(string subtitle, string? notice, IReadOnlyList<FieldError> errors)
    {
        var body = new List<CardElement>
        {
            new TextBlock(SharingText.Form_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(CardMarkdown.Line(subtitle, MaxSubtitleLength)) { IsSubtle = true, Spacing = "None" },
        };
        if (notice is not null)
        {
            body.Add(new Container([new TextBlock(notice) { Color = "Attention" }]) { Style = "attention" });
        }

        if (errors.Count > 0)
        {
            body.Add(new Container(
                [
                    new TextBlock(SharingText.Form_FixErrors) { Weight = "Bolder", Color = "Attention" },
                    new TextBlock(string.Join("\n", errors.Select(e => "- " + e.Message))) { Color = "Attention" },
                ])
            { Style = "attention" });
        }

        return body;
    }

    /// <summary>Name, description, priority, due date and ticket type: the fields every share asks for.</summary>
    public static IEnumerable<CardElement> Ticket(ShareFormValues v, DateOnly today)
    {
        yield return new TextInput
        {
            Id = ShareFormInputs.Name, Label = SharingText.Field_Name, Value = v.Name, IsRequired = true,
            MaxLength = ShareFormInputs.NameMaxLength, ErrorMessage = SharingText.Error_Name,
        };
        yield return new TextInput
        {
            Id = ShareFormInputs.Description, Label = SharingText.Field_Description, Value = v.Description, IsRequired = true,
            IsMultiline = true, MaxLength = ShareFormInputs.DescriptionMaxLength, ErrorMessage = SharingText.Error_Description,
        };
        yield return Choices(ShareFormInputs.Priority, SharingText.Field_Priority, v.Priority, SharingText.Error_Priority,
            Enumerable.Range(1, 5).Select(p => new Choice($"{p} - {SharingNames.Priority(p)}", p.ToString(CultureInfo.InvariantCulture))));
        yield return new DateInput
        {
            Id = ShareFormInputs.DueDate, Label = SharingText.Field_DueDate, Value = v.DueDate, IsRequired = true,
            Min = today.ToString(ShareFormInputs.DateFormat, CultureInfo.InvariantCulture), ErrorMessage = SharingText.Error_DueDatePast,
        };
        yield return Choices(ShareFormInputs.Type, SharingText.Field_Type, v.Type, SharingText.Error_Type,
            [new Choice(SharingText.Type_ChangeRequestLong, TicketTableNames.ChangeRequest), new Choice(TicketsText.Type_Incident, TicketTableNames.Incident)]);
    }

    public static ChoiceSetInput Source(ShareFormValues v) => Choices(ShareFormInputs.Source, SharingText.Field_Source, v.Source, SharingText.Error_Source,
        Enum.GetValues<RecommendationSource>().Reverse().Select(s => new Choice(SharingNames.Source(s), s.ToString())));

    public static ChoiceSetInput Category(ShareFormValues v) => Choices(ShareFormInputs.Category, SharingText.Field_Category, v.Category, SharingText.Error_Category,
        Enum.GetValues<RecommendationCategory>().Select(c => new Choice(SharingNames.Category(c), c.ToString())));

    /// <summary>An empty value leaves nothing chosen (the category of a message starts unchosen).</summary>
    private static ChoiceSetInput Choices(string id, string label, string value, string error, IEnumerable<Choice> choices) =>
        new(choices.ToList())
        {
            Id = id, Label = label, Value = value.Length == 0 ? null : value, IsRequired = true, ErrorMessage = error, Style = "compact",
        };
}
