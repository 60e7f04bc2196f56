using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.MessageExtension.Fakes;

/// <summary>Drives the harnessed bot through the share dialog one invoke at a time.</summary>
internal sealed class DialogDriver(BotHarness harness)
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    /// <summary>Messages the turn posted into the conversation (besides its invoke response).</summary>
    public List<Activity> Posted { get; } = [];

    public async Task<DialogAnswer> InvokeAsync(Activity invoke)
    {
        await harness.Adapter.ProcessActivityAsync(invoke, harness.Bot.OnTurnAsync, ct);
        DialogAnswer? answer = null;
        while (harness.Adapter.GetNextReply() is Activity reply)
        {
            if (reply.Type == ActivityTypesEx.InvokeResponse)
            {
                Assert.Null(answer);
                answer = DialogAnswer.From(reply);
            }
            else
            {
                Posted.Add(reply);
            }
        }

        return answer ?? throw new InvalidOperationException("The bot sent no invoke response.");
    }

    public Task<DialogAnswer> OpenAsync(JObject? message = null, string? locale = "en-US") => InvokeAsync(MessageInvokes.Fetch(message, locale: locale));

    public Task<DialogAnswer> SubmitAsync(DialogAnswer form, Action<JObject>? edit = null) => InvokeAsync(MessageInvokes.Submit(form.Press(edit)));
}
