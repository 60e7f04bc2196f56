namespace SnowChatOps.ServiceNowEmulator.Control;

/// <summary>Body of <c>PUT /_emulator/oauth/redirect-uris</c>.</summary>
public sealed record RedirectUrisRequest(IReadOnlyList<string> RedirectUris);
