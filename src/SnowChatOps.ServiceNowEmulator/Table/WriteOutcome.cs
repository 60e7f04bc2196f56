namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>Result of a create or update: the stored row, or the ServiceNow error to answer with.</summary>
internal sealed record WriteOutcome(Row? Row, IResult? Error)
{
    public static WriteOutcome Ok(Row row) => new(row, null);

    public static WriteOutcome Fail(IResult error) => new(null, error);
}
