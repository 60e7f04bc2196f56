namespace SnowChatOps.ServiceNowEmulator.Control;

/// <summary>Body of <c>POST /_emulator/tickets/{table}/{sys_id}/state</c>: the new state value and the agent's user_name.</summary>
public sealed record StateChangeRequest(string State, string? By, string? WorkNote);
