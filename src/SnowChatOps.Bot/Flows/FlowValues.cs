namespace SnowChatOps.Bot.Flows;

/// <summary>A flow's typed-so-far values, over the state dictionary.</summary>
internal sealed class FlowValues(Dictionary<string, string> values)
{
    public string? this[string key]
    {
        get => values.TryGetValue(key, out var value) ? value : null;
        set
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }
    }

    public string Get(string key) => this[key] ?? throw new InvalidOperationException($"Flow value '{key}' is missing.");
}
