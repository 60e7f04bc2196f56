namespace SnowChatOps.ServiceNowEmulator.Webhooks;

/// <summary>A ticket's state changed; the webhook body is built from this.</summary>
internal sealed record StateChange(
    string Table, string SysId, string Number, string State, string PreviousState, string UpdatedOn, string ModCount, string UpdatedBy);
