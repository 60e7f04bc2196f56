using System.Text.Json.Nodes;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>ServiceNow's error envelope: <c>{"error":{"message","detail"},"status":"failure"}</c>.</summary>
internal static class SnowErrors
{
    public const string NoRecord = "No Record found";
    public const string NoRecordDetail = "Record doesn't exist or ACL restricts the record retrieval";

    public static IResult Error(int status, string message, string? detail) =>
        Results.Json(Body(message, detail), statusCode: status);

    public static JsonObject Body(string message, string? detail) => new()
    {
        ["error"] = new JsonObject { ["message"] = message, ["detail"] = detail },
        ["status"] = "failure",
    };

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, NoRecord, NoRecordDetail);

    public static IResult NotAuthenticated() =>
        Error(StatusCodes.Status401Unauthorized, "User Not Authenticated", "Required to provide Auth information");

    public static IResult InvalidTable(string table) => Error(StatusCodes.Status400BadRequest, $"Invalid table {table}", null);

    public static IResult AclDenied(string operation) =>
        Error(StatusCodes.Status403Forbidden, "Operation Failed", $"ACL Exception {operation} Failed due to security constraints");

    public static IResult BadBody(string detail) => Error(StatusCodes.Status400BadRequest, "Exception while reading request", detail);
}
