using System.Globalization;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// Adds a work note as the integration user. The note names its Teams author in English, in the note itself
/// ("Added by Alex Wilber in Microsoft Teams"): a journal entry is read by every ServiceNow agent whatever their
/// language, and its author field shows the integration user.
/// </summary>
internal sealed class AddWorkNoteCommand(ServiceNowClient snow) : ITicketCommand
{
    public string Verb => TicketVerbs.Note;

    public static string Attributed(string note, string author) =>
        $"{note}\n\nAdded by {author} in Microsoft Teams";

    public async Task<TicketActionOutcome> RunAsync(TicketActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CardText.Clean(request.Input("note"), CardText.MaxNoteLength) is not { } note)
        {
            return TicketActionOutcome.Refused(TicketsText.Note_Empty);
        }

        var change = new TicketChange { WorkNote = Attributed(note, request.Actor.Name) };
        await snow.UpdateTicketAsync(request.Tracked.TenantId, request.Live.Table, request.Live.SysId, change, cancellationToken);
        return TicketActionOutcome.Done(string.Format(CultureInfo.CurrentCulture, TicketsText.Note_Added, CardText.Shown(request.Actor.Name)));
    }
}
