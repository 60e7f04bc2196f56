using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Flows;

/// <summary>One card of a flow: what it shows, and how it checks and keeps what was submitted.</summary>
internal abstract class FlowStep
{
    public abstract string Id { get; }

    /// <summary>The step's body elements (the engine adds the header, errors and navigation buttons).</summary>
    public abstract IReadOnlyList<CardElement> Render(FlowValues values);

    /// <summary>
    /// Copies the submitted inputs into <paramref name="values"/> and returns the problems, keyed by input id
    /// (empty when the step may move on). May call out (for example to check an instance answers).
    /// </summary>
    public abstract Task<IReadOnlyList<string>> SubmitAsync(FlowContext context, CommandInput input, FlowValues values, CancellationToken cancellationToken);
}
