using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SnowChatOps.EchoBot;

/// <summary>Answers every message with its own text: one reply, no state, no storage.</summary>
internal sealed class EchoingBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        => turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
}
