namespace SnowChatOps.GraphEmulator.Control;

/// <summary><c>canWrite</c>: whether the app holds SecurityEvents.ReadWrite.All (PATCH refused with 403 without it).</summary>
internal sealed record PermissionChange(bool CanWrite);
