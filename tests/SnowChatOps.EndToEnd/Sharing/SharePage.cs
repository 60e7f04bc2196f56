using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SnowChatOps.EndToEnd.Page;

namespace SnowChatOps.EndToEnd.Sharing;

/// <summary>
/// Sharing as a person does it in the playground page. Its renderer (adaptivecards JS with Fluent UI v9 inputs) draws a
/// compact Input.ChoiceSet as a Fluent combobox (click, then the option) and Input.Date as a Fluent date picker that
/// takes no typing (click, the calendar dialog, the day), so the tests click exactly what a person clicks.
/// </summary>
internal sealed partial class SharePage(PlaygroundPage playground)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Rendered ticket cards ("Ticket CHG… created in ServiceNow").</summary>
    public ILocator TicketCards => playground.CardsWithTextBlock(TicketTitle());

    public static Task DoubleClickAsync(ILocator card, string button) =>
        card.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).DblClickAsync();

    /// <summary>Picks <paramref name="category"/> in the list's category filter and presses Filter; the list is replaced in place.</summary>
    public async Task FilterAsync(ILocator list, string category, string screenshot)
    {
        await PickAsync(list.GetByRole(AriaRole.Combobox).First, category);
        await PlaygroundPage.ClickAsync(list, "Filter");
        await Assertions.Expect(list.Locator(".ac-textBlock").Filter(new() { HasTextRegex = OtherCategoryDetails() })).ToHaveCountAsync(0);
        await list.ScrollIntoViewIfNeededAsync();
        await playground.ScreenshotAsync(screenshot);
    }

    /// <summary>Sets the form's priority (its first choice set) and due date, and screenshots the filled form.</summary>
    public async Task FillFormAsync(ILocator form, string priority, DateOnly dueDay, string screenshot)
    {
        await PickAsync(form.GetByRole(AriaRole.Combobox).First, priority);
        await PickDayAsync(form.Locator("input[aria-haspopup='dialog']"), dueDay);
        await form.ScrollIntoViewIfNeededAsync();
        await playground.ScreenshotAsync(screenshot);
    }

    /// <summary>Opens a Fluent combobox and picks the option <paramref name="label"/>.</summary>
    private async Task PickAsync(ILocator combobox, string label)
    {
        await combobox.ClickAsync();
        await playground.Page.GetByRole(AriaRole.Option, new() { Name = label, Exact = true }).ClickAsync();
        await Assertions.Expect(combobox).ToHaveValueAsync(label);
    }

    /// <summary>Opens the date picker, moves from the month it shows (the current value's) to <paramref name="day"/>'s, and clicks the day.</summary>
    private async Task PickDayAsync(ILocator dateInput, DateOnly day)
    {
        await dateInput.ClickAsync();
        var calendar = playground.Page.GetByRole(AriaRole.Dialog, new() { Name = "Calendar" });
        var header = calendar.GetByRole(AriaRole.Button, new() { NameRegex = MonthHeader() });
        var shown = DateOnly.ParseExact(await header.InnerTextAsync(), "MMMM yyyy", English);
        var months = ((day.Year - shown.Year) * 12) + day.Month - shown.Month;
        var step = calendar.Locator(months < 0 ? "button[title^='Previous month']" : "button[title^='Next month']");
        for (var i = 0; i < Math.Abs(months); i++)
        {
            await step.ClickAsync();
        }

        await calendar.GetByRole(AriaRole.Button, new() { Name = $"{day.Day}, {day.ToString("MMMM, yyyy", English)}", Exact = true }).ClickAsync();
        await Assertions.Expect(dateInput).ToHaveValueAsync(day.ToString("MMMM d, yyyy", English));
    }

    [GeneratedRegex(@"^(Devices|Data|Apps|Infrastructure) · ")]
    private static partial Regex OtherCategoryDetails();

    [GeneratedRegex(@"^Ticket CHG\d+ created in ServiceNow$")]
    private static partial Regex TicketTitle();

    [GeneratedRegex(@"^[A-Z][a-z]+ \d{4}$")]
    private static partial Regex MonthHeader();
}
