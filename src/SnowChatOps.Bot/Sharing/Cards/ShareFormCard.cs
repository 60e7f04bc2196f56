using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Form;

namespace SnowChatOps.Bot.Sharing.Cards;

/// <summary>The ticket form: required fields marked, client-side rules that mirror <see cref="ShareFormValidator"/>.</summary>
internal static class ShareFormCard
{
    public static AdaptiveCard Build(ShareFormView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement>
        {
            new TextBlock(SharingText.Form_Title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(view.ActionTitle) { IsSubtle = true, Spacing = "None" },
        };
        if (view.Notice is { } notice)
        {
            body.Add(new Container([new TextBlock(notice) { Color = "Attention" }]) { Style = "attention" });
        }

        if (view.Errors.Count > 0)
        {
            body.Add(Errors(view.Errors));
        }

        body.AddRange(Fields(view));
        return new AdaptiveCard(body, [
            new SubmitAction(SharingText.Form_Send, new CardSubmit(ShareCommandNames.Submit, view.Arg.ToArg())) { Style = "positive" },
        ]);
    }

    private static Container Errors(IReadOnlyList<FieldError> errors) => new(
        [
            new TextBlock(SharingText.Form_FixErrors) { Weight = "Bolder", Color = "Attention" },
            new TextBlock(string.Join("\n", errors.Select(e => "- " + e.Message))) { Color = "Attention" },
        ])
    { Style = "attention" };

    private static IEnumerable<CardElement> Fields(ShareFormView view)
    {
        var v = view.Values;
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
            Min = view.Today.ToString(ShareFormInputs.DateFormat, CultureInfo.InvariantCulture), ErrorMessage = SharingText.Error_DueDatePast,
        };
        yield return Choices(ShareFormInputs.Type, SharingText.Field_Type, v.Type, SharingText.Error_Type,
            [new Choice(SharingText.Type_ChangeRequestLong, TicketTableNames.ChangeRequest), new Choice(SharingText.Type_Incident, TicketTableNames.Incident)]);
        yield return Choices(ShareFormInputs.Source, SharingText.Field_Source, v.Source, SharingText.Error_Source,
            Enum.GetValues<RecommendationSource>().Reverse().Select(s => new Choice(SharingNames.Source(s), s.ToString())));
        yield return Choices(ShareFormInputs.Category, SharingText.Field_Category, v.Category, SharingText.Error_Category,
            Enum.GetValues<RecommendationCategory>().Select(c => new Choice(SharingNames.Category(c), c.ToString())));
    }

    private static ChoiceSetInput Choices(string id, string label, string value, string error, IEnumerable<Choice> choices) =>
        new(choices.ToList()) { Id = id, Label = label, Value = value, IsRequired = true, ErrorMessage = error, Style = "compact" };
}
