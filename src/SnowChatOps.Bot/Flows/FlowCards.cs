using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Flows;

/// <summary>The frame around a flow step: where you are, what went wrong, and Back / Next / Cancel.</summary>
internal static class FlowCards
{
    public const string Verb = "flow";

    public static AdaptiveCard Step(IFlow flow, int index, FlowValues values, IReadOnlyList<string> errors)
    {
        var step = flow.Steps[index];
        var body = new List<CardElement>
        {
            new TextBlock(string.Format(CultureInfo.CurrentCulture, Strings.Flow_Step, flow.Title, index + 1, flow.StepCount))
            {
                Size = "Medium", Weight = "Bolder",
            },
        };
        if (errors.Count > 0)
        {
            body.Add(new Container(
                [
                    new TextBlock(Strings.Flow_FixErrors) { Weight = "Bolder", Color = "Attention" },
                    new TextBlock(string.Join("\n", errors.Select(e => "- " + e))) { Color = "Attention" },
                ])
            { Style = "attention", Id = "flowErrors" });
        }

        body.AddRange(step.Render(values));
        var last = index == flow.Steps.Count - 1;
        var actions = new List<CardAction>
        {
            new SubmitAction(last ? Strings.Flow_Finish : Strings.Flow_Next, Submit(flow, step, "next")) { Style = "positive" },
        };
        if (index > 0)
        {
            actions.Add(new SubmitAction(Strings.Flow_Back, Submit(flow, step, "back")) { AssociatedInputs = "none" });
        }

        actions.Add(new SubmitAction(Strings.Flow_Cancel, Submit(flow, step, "cancel")) { AssociatedInputs = "none" });
        return new AdaptiveCard(body, actions);
    }

    public static AdaptiveCard Notice(string text) => new([new TextBlock(text)]);

    public static CardSubmit Submit(IFlow flow, FlowStep step, string move) => new(Verb, FlowArg.Write(flow.Name, step.Id, move));
}
