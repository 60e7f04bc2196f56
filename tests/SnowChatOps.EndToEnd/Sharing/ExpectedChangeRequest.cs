using System.Globalization;
using SnowChatOps.TestSupport.Playground;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.EndToEnd.Sharing;

/// <summary>
/// What one press of Send on the ticket form must leave in ServiceNow: the form as filled in (title, priority, due day)
/// plus the fields SnowChatOps adds (HELPER_CONTRACTS "Ticket fields"). The due day is a day in the user's calendar
/// (the playground's <see cref="PlaygroundProcess.UserTimeZone"/>); ServiceNow gets the end of that day in UTC.
/// </summary>
internal sealed record ExpectedChangeRequest(string ActionId, string CorrelationId, string Title, int Priority, DateOnly DueDay)
{
    public const string CorrelationDisplay = "Microsoft 365 Security and Configuration Change Request";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly TimeZoneInfo UserZone = TimeZoneInfo.FindSystemTimeZoneById(PlaygroundProcess.UserTimeZone);

    /// <summary>From the rendered form: the Send button's correlation id and action id, its title, and the user's today (the date input's min).</summary>
    public static ExpectedChangeRequest For(AdaptiveCardView form, int priority, int dueInDays)
    {
        // The share buttons' argument is one JSON record: {"c": correlation id, "a": action id}.
        var arg = System.Text.Json.Nodes.JsonNode.Parse(form.SubmitData(ShareChat.SendButton)["arg"])!;
        var today = DateOnly.ParseExact(form.ElementProperty("dueDate", "min")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new((string)arg["a"]!, (string)arg["c"]!, form.TextBlocks[1], priority, today.AddDays(dueInDays));
    }

    /// <summary>The due date as ServiceNow stores it: 23:59:59 of the due day in the user's zone, in UTC.</summary>
    public string DueDateUtc
    {
        get
        {
            var endOfDay = DueDay.ToDateTime(new TimeOnly(23, 59, 59));
            var utc = new DateTimeOffset(endOfDay, UserZone.GetUtcOffset(endOfDay)).UtcDateTime;
            return utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }
    }

    public string DueDayInput => DueDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The form's submit data with every input at its shown value, except priority and due date.</summary>
    public Dictionary<string, string> SubmitData(AdaptiveCardView form)
    {
        var data = form.SubmitData(ShareChat.SendButton);
        foreach (var input in new[] { "name", "description", "type", "source", "category" })
        {
            data[input] = form.ElementProperty(input, "value") ?? string.Empty;
        }

        data["priority"] = Priority.ToString(CultureInfo.InvariantCulture);
        data["dueDate"] = DueDayInput;
        return data;
    }

    /// <summary>Asserts the stored change_request row (every value a string, as ServiceNow stores it).</summary>
    public void AssertStored(IReadOnlyDictionary<string, string> row, string userName, string userAadObjectId)
    {
        Assert.StartsWith("CHG", row["number"], StringComparison.Ordinal);
        Assert.Equal(Title, row["short_description"]);
        Assert.Equal(Priority.ToString(CultureInfo.InvariantCulture), row["priority"]);
        Assert.Equal(DueDateUtc, row["due_date"]);
        Assert.Equal(CorrelationDisplay, row["correlation_display"]);
        Assert.Equal("Microsoft recommendation", row["u_m365_recommendation_source"]);
        Assert.Equal("Identity", row["u_m365_recommendation_category"]);
        Assert.Equal(ActionId, row["u_m365_action_id"]);
        Assert.Equal($"{userName} ({userAadObjectId})", row["u_m365_initiated_by"]);
    }

    /// <summary>Asserts the ticket card's facts name the stored record.</summary>
    public void AssertTicketCard(AdaptiveCardView card, IReadOnlyDictionary<string, string> row, string userName)
    {
        var facts = card.Facts.ToDictionary(f => f.Title, f => f.Value);
        Assert.Equal($"Ticket {row["number"]} created in ServiceNow", card.FirstTextBlock);
        Assert.Equal(row["number"], facts["Number"]);
        Assert.Equal($"{Priority} - High", facts["Priority"]);
        Assert.Equal(DueDay.ToString("D", English), facts["Due date"]);
        Assert.Equal(userName, facts["Shared by"]);
        Assert.EndsWith("/nav_to.do?uri=change_request.do%3Fsys_id%3D" + row["sys_id"], card.Action("Open in ServiceNow").GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Asserts the ticket card as the page renders it (its visible text).</summary>
    public void AssertRenderedTicket(string shown, IReadOnlyDictionary<string, string> row)
    {
        Assert.Contains($"Ticket {row["number"]} created in ServiceNow", shown, StringComparison.Ordinal);
        Assert.Contains("2 - High", shown, StringComparison.Ordinal);
        Assert.Contains(DueDay.ToString("D", English), shown, StringComparison.Ordinal);
        Assert.Contains("Open in ServiceNow", shown, StringComparison.Ordinal);
    }
}
