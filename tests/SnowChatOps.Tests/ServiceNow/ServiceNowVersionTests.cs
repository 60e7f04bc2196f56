using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Tests.ServiceNow;

public sealed class ServiceNowVersionTests
{
    [Theory]
    [InlineData("glide-zurich-07-01-2025__patch2-09-10-2025", "Zurich", 2)]
    [InlineData("glide-zurich-07-01-2025__patch2-09-10-2025.zip", "Zurich", 2)]
    [InlineData("glide-washingtondc-12-20-2023__patch4-06-21-2024", "Washington DC", 4)]
    [InlineData("glide-sandiego-12-22-2021__patch1-02-18-2022", "San Diego", 1)]
    [InlineData("glide-newyork-06-26-2019", "New York", null)]
    public void TryParse_BuildTag_ReadsFamilyAndPatch(string tag, string family, int? patch)
    {
        var ok = ServiceNowVersion.TryParse(tag, out var version);

        Assert.True(ok);
        Assert.Equal(family, version!.Family);
        Assert.Equal(patch, version.Patch);
    }

    [Theory]
    [InlineData("glide-jakarta-05-03-2017__patch9-01-03-2018", false)]
    [InlineData("glide-kingston-10-17-2017__patch1-02-01-2018", true)]
    [InlineData("glide-brazil-01-01-2027", true)]
    [InlineData("glide-carolina-01-01-2028", true)]
    public void IsAtLeastKingston_ByRelease(string tag, bool expected)
    {
        Assert.True(ServiceNowVersion.TryParse(tag, out var version));

        Assert.Equal(expected, version.IsAtLeastKingston);
    }

    [Fact]
    public void CompareTo_OrdersByReleaseThenPatch()
    {
        ServiceNowVersion.TryParse("glide-yokohama-01-01-2025__patch9-01-01-2025", out var yokohama);
        ServiceNowVersion.TryParse("glide-zurich-07-01-2025__patch1-01-01-2025", out var zurich1);
        ServiceNowVersion.TryParse("glide-zurich-07-01-2025__patch2-01-01-2025", out var zurich2);

        var ordered = new[] { zurich2!, yokohama!, zurich1! }.Order().Select(v => v.ToString()).ToArray();

        Assert.Equal(["Yokohama Patch 9", "Zurich Patch 1", "Zurich Patch 2"], ordered);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Zurich")]
    [InlineData("glide-.zip")]
    public void TryParse_Garbage_False(string? tag)
    {
        Assert.False(ServiceNowVersion.TryParse(tag, out _));
    }
}
