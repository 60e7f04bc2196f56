using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Flows;

/// <summary>A guided multi-step conversation: a title, ordered steps, and what happens after the last one.</summary>
internal interface IFlow
{
    string Name { get; }

    string Title { get; }

    IReadOnlyList<FlowStep> Steps { get; }

    /// <summary>How many steps the user is told there are: more than <see cref="Steps"/> when completing shows one more (a sign-in).</summary>
    int StepCount => Steps.Count;

    /// <summary>Runs after the last step validated; returns the card that replaces the flow's card.</summary>
    Task<AdaptiveCard> CompleteAsync(FlowContext context, FlowValues values, CancellationToken cancellationToken);
}
