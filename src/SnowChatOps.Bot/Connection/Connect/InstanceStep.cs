using System.Globalization;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Flows;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Connection.Connect;

/// <summary>Step 1: which instance. Validated against the host policy, normalised, and probed for reachability.</summary>
internal sealed class InstanceStep(ServiceNowHostPolicy policy, InstanceProbe probe) : FlowStep
{
    public const string InstanceKey = "instance";

    public override string Id => "instance";

    public override IReadOnlyList<CardElement> Render(FlowValues values) =>
    [
        new TextBlock(ConnectionText.Connect_Instance_Intro),
        new TextInput
        {
            Id = InstanceKey,
            Label = ConnectionText.Connect_Instance_Label,
            Placeholder = ConnectionText.Connect_Instance_Placeholder,
            Value = values[InstanceKey],
            IsRequired = true,
            ErrorMessage = ConnectionText.Connect_Instance_Required,
            MaxLength = 255,
        },
    ];

    public override async Task<IReadOnlyList<string>> SubmitAsync(FlowContext context, CommandInput input, FlowValues values, CancellationToken cancellationToken)
    {
        var typed = input.Input(InstanceKey)?.Trim() ?? string.Empty;
        values[InstanceKey] = typed;
        if (!ServiceNowInstance.TryParse(typed, policy, out var instance, out var error))
        {
            return [Describe(error, typed)];
        }

        values[InstanceKey] = instance.ToString();
        return await probe.CheckAsync(instance, cancellationToken) switch
        {
            Reachability.Unreachable => [Format(ConnectionText.Instance_Unreachable, instance)],
            Reachability.IpBlocked => [Format(ConnectionText.Instance_IpBlocked, instance)],
            _ => [],
        };
    }

    private static string Describe(ServiceNowInstanceError error, string typed) => error switch
    {
        ServiceNowInstanceError.Empty => ConnectionText.Connect_Instance_Required,
        ServiceNowInstanceError.SchemeNotAllowed => ConnectionText.Instance_SchemeNotAllowed,
        ServiceNowInstanceError.UserInfoNotAllowed => ConnectionText.Instance_UserInfoNotAllowed,
        ServiceNowInstanceError.IpAddressNotAllowed => ConnectionText.Instance_IpAddressNotAllowed,
        ServiceNowInstanceError.PortNotAllowed => ConnectionText.Instance_PortNotAllowed,
        ServiceNowInstanceError.HostNotAllowed => Format(ConnectionText.Instance_HostNotAllowed, typed),
        ServiceNowInstanceError.LoopbackNotAllowed => ConnectionText.Instance_LoopbackNotAllowed,
        _ => Format(ConnectionText.Instance_Malformed, typed),
    };

    private static string Format(string template, object value) => string.Format(CultureInfo.CurrentCulture, template, value);
}
