using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Flows;

namespace SnowChatOps.Tests.Flows;

/// <summary>A two-step flow that exercises the engine without any feature's concerns.</summary>
internal sealed class PetFlow : IFlow
{
    public string Name => "pet";

    public string Title => "Register a pet";

    public IReadOnlyList<FlowStep> Steps { get; } = [new NameStep(), new AgeStep()];

    public List<string> Completed { get; } = [];

    public Task<AdaptiveCard> CompleteAsync(FlowContext context, FlowValues values, CancellationToken cancellationToken)
    {
        Completed.Add($"{values.Get("name")}:{values.Get("age")}");
        return Task.FromResult(new AdaptiveCard([new TextBlock($"Registered {values.Get("name")}")]));
    }

    private sealed class NameStep : FlowStep
    {
        public override string Id => "name";

        public override IReadOnlyList<CardElement> Render(FlowValues values) => [new TextInput { Id = "name", Value = values["name"] }];

        public override Task<IReadOnlyList<string>> SubmitAsync(FlowContext context, CommandInput input, FlowValues values, CancellationToken cancellationToken)
        {
            values["name"] = input.Input("name")?.Trim();
            IReadOnlyList<string> errors = string.IsNullOrEmpty(values["name"]) ? ["A name is required."] : [];
            return Task.FromResult(errors);
        }
    }

    private sealed class AgeStep : FlowStep
    {
        public override string Id => "age";

        public override IReadOnlyList<CardElement> Render(FlowValues values) => [new TextInput { Id = "age", Value = values["age"] }];

        public override Task<IReadOnlyList<string>> SubmitAsync(FlowContext context, CommandInput input, FlowValues values, CancellationToken cancellationToken)
        {
            values["age"] = input.Input("age");
            IReadOnlyList<string> errors = int.TryParse(values["age"], out _) ? [] : ["The age must be a number."];
            return Task.FromResult(errors);
        }
    }
}
