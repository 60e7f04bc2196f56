using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Sharing.Browse;

/// <summary>The improvement-action list: filters, one block per action (share / open), and paging.</summary>
internal static class ActionListCard
{
    public static AdaptiveCard Build(BrowseQuery query, ImprovementActionPage page)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var body = new List<CardElement>
        {
            new TextBlock(SharingText.Actions_Title) { Size = "Large", Weight = "Bolder" },
            Filters(query),
            new TextBlock(Summary(page)) { IsSubtle = true },
        };
        body.AddRange(page.Items.Select(Item));
        if (page.Items.Count > 0)
        {
            body.Add(new TextBlock(SharingText.Actions_Footer) { IsSubtle = true, Separator = true });
        }

        var paging = new List<CardAction>();
        if (page.PageIndex > 0)
        {
            paging.Add(new SubmitAction(SharingText.Actions_Previous, new CardSubmit(ShareCommandNames.Actions, query.ToArg(page.PageIndex - 1))) { AssociatedInputs = "none" });
        }

        if (page.HasMore)
        {
            paging.Add(new SubmitAction(SharingText.Actions_Next, new CardSubmit(ShareCommandNames.Actions, query.ToArg(page.PageIndex + 1))) { AssociatedInputs = "none" });
        }

        return new AdaptiveCard(body, paging.Count > 0 ? paging : null);
    }

    private static string Summary(ImprovementActionPage page) => page.TotalCount == 0
        ? SharingText.Actions_None
        : string.Format(CultureInfo.CurrentCulture, SharingText.Actions_Summary,
            (page.PageIndex * page.PageSize) + 1, (page.PageIndex * page.PageSize) + page.Items.Count, page.TotalCount);

    private static Container Filters(BrowseQuery query) => new(
        [
            new ColumnSet(
            [
                new Column([new ChoiceSetInput(CategoryChoices()) { Id = BrowseQuery.CategoryInput, Label = SharingText.Field_Category, Value = query.Category?.ToString() ?? BrowseQuery.AllCategories, Style = "compact" }]) { Width = "stretch" },
                new Column([new TextInput { Id = BrowseQuery.SearchInput, Label = SharingText.Actions_Search, Value = query.Search, MaxLength = 100, Placeholder = SharingText.Actions_SearchHint }]) { Width = "stretch" },
            ]),
            new ActionSet([new SubmitAction(SharingText.Actions_Filter, new CardSubmit(ShareCommandNames.Actions))]),
        ]);

    private static List<Choice> CategoryChoices() =>
        [new Choice(SharingText.Actions_AllCategories, BrowseQuery.AllCategories),
         .. Enum.GetValues<ActionCategory>().Select(c => new Choice(SharingNames.Category(ShareFormDefaults.ToRecommendationCategory(c)), c.ToString()))];

    private static Container Item(ImprovementAction action)
    {
        var details = string.Format(CultureInfo.CurrentCulture, SharingText.Actions_Details,
            SharingNames.Category(ShareFormDefaults.ToRecommendationCategory(action.Category)), action.MaxScore, action.Rank, ActionLevels.Name(action.UserImpact));
        var buttons = new List<CardAction> { new SubmitAction(SharingText.Actions_Share, new CardSubmit(ShareCommandNames.Share, action.Id)) { AssociatedInputs = "none" } };
        if (action.ActionUrl is { } url)
        {
            buttons.Add(new OpenUrlAction(SharingText.Actions_Open, url));
        }

        return new Container(
            [
                new TextBlock(CardMarkdown.Line(action.Title, ShareFormFields.MaxSubtitleLength)) { Weight = "Bolder" },
                new TextBlock(details) { IsSubtle = true, Spacing = "None" },
                new TextBlock(string.Format(CultureInfo.CurrentCulture, SharingText.Actions_ControlId, action.Id)) { IsSubtle = true, Spacing = "None" },
                new ActionSet(buttons),
            ])
        { Separator = true };
    }
}
