using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Flows;

/// <summary>
/// Our small dialog layer (Microsoft.Bot.Builder.Dialogs is not on our feed): starts flows, and handles the
/// Back / Next / Cancel presses of their cards against the user's state. A press on a stale or expired card
/// never acts: it explains and shows where the user really is.
/// </summary>
internal sealed class FlowEngine(IEnumerable<IFlow> flows, PrivateConversationState state, TimeProvider time) : IChatCommand
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly FrozenDictionary<string, IFlow> flows = flows.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<FlowState> accessor = state.CreateProperty<FlowState>("flow");

    public string Name => FlowCards.Verb;

    public async Task StartAsync(ITurnContext turn, string flowName, IReadOnlyDictionary<string, string>? initial, CancellationToken cancellationToken)
    {
        var flow = flows[flowName];
        var current = new FlowState { Flow = flow.Name, Step = flow.Steps[0].Id, StartedAt = time.GetUtcNow() };
        foreach (var (key, value) in initial ?? new Dictionary<string, string>())
        {
            current.Values[key] = value;
        }

        await accessor.SetAsync(turn, current, cancellationToken);
        await SaveAsync(turn, cancellationToken);
        await turn.SendActivityAsync(FlowCards.Step(flow, 0, new FlowValues(current.Values), []).ToActivity(), cancellationToken);
    }

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        if (!CardArg.TryRead<FlowArg>(input.Argument, out var arg) || !flows.TryGetValue(arg.Flow, out var flow))
        {
            await turn.SendActivityAsync(Strings.Card_Unknown, cancellationToken: cancellationToken);
            return;
        }

        var current = await accessor.GetAsync(turn, () => null!, cancellationToken);
        if (current is null || current.Flow != flow.Name || time.GetUtcNow() - current.StartedAt > Lifetime)
        {
            await accessor.DeleteAsync(turn, cancellationToken);
            await turn.ReplaceOrSendAsync(FlowCards.Notice(string.Format(CultureInfo.CurrentCulture, Strings.Flow_Expired, flow.Name)), cancellationToken);
            return;
        }

        var index = IndexOf(flow, current.Step);
        if (current.Step != arg.Step)
        {
            await turn.SendActivityAsync(Strings.Flow_OutOfDate, cancellationToken: cancellationToken);
            await turn.SendActivityAsync(FlowCards.Step(flow, index, new FlowValues(current.Values), []).ToActivity(), cancellationToken);
            return;
        }

        await MoveAsync(turn, flow, current, index, arg.Move, input, cancellationToken);
    }

    private async Task MoveAsync(ITurnContext turn, IFlow flow, FlowState current, int index, string move, CommandInput input, CancellationToken cancellationToken)
    {
        var values = new FlowValues(current.Values);
        switch (move)
        {
            case "cancel":
                await accessor.DeleteAsync(turn, cancellationToken);
                await turn.ReplaceOrSendAsync(FlowCards.Notice(string.Format(CultureInfo.CurrentCulture, Strings.Flow_Cancelled, flow.Title)), cancellationToken);
                return;
            case "back":
                await ShowAsync(turn, flow, current, Math.Max(0, index - 1), values, [], cancellationToken);
                return;
        }

        var errors = await flow.Steps[index].SubmitAsync(new FlowContext(turn), input, values, cancellationToken);
        if (errors.Count > 0)
        {
            await ShowAsync(turn, flow, current, index, values, errors, cancellationToken);
            return;
        }

        if (index + 1 < flow.Steps.Count)
        {
            await ShowAsync(turn, flow, current, index + 1, values, [], cancellationToken);
            return;
        }

        var done = await flow.CompleteAsync(new FlowContext(turn), values, cancellationToken);
        await accessor.DeleteAsync(turn, cancellationToken);
        await turn.ReplaceOrSendAsync(done, cancellationToken);
    }

    private async Task ShowAsync(ITurnContext turn, IFlow flow, FlowState current, int index, FlowValues values, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        current.Step = flow.Steps[index].Id;
        await accessor.SetAsync(turn, current, cancellationToken);
        await SaveAsync(turn, cancellationToken);
        await turn.ReplaceOrSendAsync(FlowCards.Step(flow, index, values, errors), cancellationToken);
    }

    /// <summary>
    /// The state must be stored before the card the user can press is shown: a press that arrives while this turn is
    /// still finishing (the end-of-turn auto-save) would otherwise find no flow and call the card expired.
    /// </summary>
    private Task SaveAsync(ITurnContext turn, CancellationToken cancellationToken) => state.SaveChangesAsync(turn, false, cancellationToken);

    private static int IndexOf(IFlow flow, string step)
    {
        for (var i = 0; i < flow.Steps.Count; i++)
        {
            if (flow.Steps[i].Id == step)
            {
                return i;
            }
        }

        return 0;
    }
}
