using System.Globalization;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Tests.ServiceNow;

public sealed class ServiceNowDateTimeTests
{
    [Fact]
    public void ToServiceNow_OffsetTime_WritesUtc()
    {
        var value = new DateTimeOffset(2026, 3, 1, 9, 30, 5, TimeSpan.FromHours(8));

        var text = ServiceNowDateTime.ToServiceNow(value);

        Assert.Equal("2026-03-01 01:30:05", text);
    }

    [Fact]
    public void TryParse_StoredValue_IsUtc()
    {
        var ok = ServiceNowDateTime.TryParse("2026-11-26 06:10:05", out var value);

        Assert.True(ok);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 6, 10, 5, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.Zero, value!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2026-11-26T06:10:05Z")]
    [InlineData("26/11/2026 06:10:05")]
    public void ParseOrNull_EmptyOrOtherFormat_Null(string? input)
    {
        Assert.Null(ServiceNowDateTime.ParseOrNull(input));
    }

    [Fact]
    public void RoundTrip_UnderOtherCulture_IsInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
        try
        {
            var text = ServiceNowDateTime.ToServiceNow(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

            Assert.Equal("2026-01-02 03:04:05", text);
            Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ServiceNowDateTime.ParseOrNull(text));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
