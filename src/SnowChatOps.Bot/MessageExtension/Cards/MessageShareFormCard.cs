using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Sharing.Form;

namespace SnowChatOps.Bot.MessageExtension.Cards;

/// <summary>
/// The share dialog's form. Same inputs, ids and client-side rules as the chat form (<see cref="ShareFormValidator"/>
/// repeats them on the server), except that the recommendation source is fixed to "User recommendation" and the
/// category starts unchosen.
/// </summary>
internal static class MessageShareFormCard
{
    public static AdaptiveCard Build(MessageShareFormView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement>
        {
            new TextBlock(SharingText.Form_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(MessageExtensionText.Form_Subtitle) { IsSubtle = true, Spacing = "None" },
        };
        if (view.Notice is { } notice)
        {
            body.Add(new Container([new TextBlock(notice) { Color = "Attention" }]) { Style = "attention" });
        }

        if (view.Errors.Count > 0)
        {
            body.Add(new Container(
                [
                    new TextBlock(SharingText.Form_FixErrors) { Weight = "Bolder", Color = "Attention" },
                    new TextBlock(string.Join("\n", view.Errors.Select(e => "- " + e.Message))) { Color = "Attention" },
                ])
            { Style = "attention" });
        }

        body.AddRange(Fields(view.Values, view.Today));
        return new AdaptiveCard(body, [
            new SubmitAction(SharingText.Form_Send, new CardSubmit(MessageShareNames.SubmitVerb, view.CorrelationId)) { Style = "positive" },
        ]);
    }

    private static IEnumerable<CardElement> Fields(ShareFormValues v, DateOnly today)
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
            [new Choice(SharingText.Type_ChangeRequestLong, TicketTableNames.ChangeRequest), new Choice(SharingText.Type_Incident, TicketTableNames.Incident)]);
        yield return new FactSet([new Fact(SharingText.Field_Source, SharingNames.Source(RecommendationSource.User))]);
        yield return Choices(ShareFormInputs.Category, SharingText.Field_Category, v.Category, SharingText.Error_Category,
            Enum.GetValues<RecommendationCategory>().Select(c => new Choice(SharingNames.Category(c), c.ToString()))) with
        {
            Placeholder = MessageExtensionText.Form_CategoryPlaceholder,
        };
    }

    private static ChoiceSetInput Choices(string id, string label, string value, string error, IEnumerable<Choice> choices) =>
        new(choices.ToList())
        {
            Id = id, Label = label, Value = value.Length == 0 ? null : value, IsRequired = true, ErrorMessage = error, Style = "compact",
        };
}
