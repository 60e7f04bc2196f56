namespace SnowChatOps.ServiceNowEmulator.Control;

/// <summary>Body of <c>PUT /_emulator/webhook</c>; a null url switches delivery off.</summary>
public sealed record WebhookRequest(string? Url, string? Secret);
