using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Tests.ServiceNow;

public sealed class ServiceNowInstanceTests
{
    private static readonly ServiceNowHostPolicy Strict = ServiceNowHostPolicy.Default;
    private static readonly ServiceNowHostPolicy Development = new(["snow.contoso.example"], AllowLoopback: true);

    [Theory]
    [InlineData("acme", "https://acme.service-now.com/")]
    [InlineData("  ACME  ", "https://acme.service-now.com/")]
    [InlineData("acme.service-now.com", "https://acme.service-now.com/")]
    [InlineData("https://acme.service-now.com/nav_to.do?uri=incident.do", "https://acme.service-now.com/")]
    [InlineData("https://Acme.Service-Now.com:443/", "https://acme.service-now.com/")]
    [InlineData("https://gov.servicenowservices.com", "https://gov.servicenowservices.com/")]
    public void TryParse_AllowedInput_NormalisesBaseUri(string input, string expected)
    {
        var ok = ServiceNowInstance.TryParse(input, Strict, out var instance, out var error);

        Assert.True(ok, error.ToString());
        Assert.Equal(expected, instance!.BaseUri.AbsoluteUri);
    }

    [Theory]
    [InlineData(null, ServiceNowInstanceError.Empty)]
    [InlineData("   ", ServiceNowInstanceError.Empty)]
    [InlineData("http://acme.service-now.com", ServiceNowInstanceError.SchemeNotAllowed)]
    [InlineData("ftp://acme.service-now.com", ServiceNowInstanceError.SchemeNotAllowed)]
    [InlineData("https://169.254.169.254/latest/meta-data", ServiceNowInstanceError.IpAddressNotAllowed)]
    [InlineData("169.254.169.254", ServiceNowInstanceError.IpAddressNotAllowed)]
    [InlineData("https://[fd00::1]/", ServiceNowInstanceError.IpAddressNotAllowed)]
    [InlineData("https://0x7f.0.0.1/", ServiceNowInstanceError.LoopbackNotAllowed)]
    [InlineData("http://localhost:5080", ServiceNowInstanceError.LoopbackNotAllowed)]
    [InlineData("http://127.0.0.1:5080", ServiceNowInstanceError.LoopbackNotAllowed)]
    [InlineData("acme.service-now.com.evil.com", ServiceNowInstanceError.HostNotAllowed)]
    [InlineData("https://evilservice-now.com", ServiceNowInstanceError.HostNotAllowed)]
    [InlineData("https://a.b.service-now.com", ServiceNowInstanceError.HostNotAllowed)]
    [InlineData("https://service-now.com", ServiceNowInstanceError.HostNotAllowed)]
    [InlineData("https://acme.service-now.com@evil.com", ServiceNowInstanceError.UserInfoNotAllowed)]
    [InlineData("https://user:pass@acme.service-now.com", ServiceNowInstanceError.UserInfoNotAllowed)]
    [InlineData("acme.service-now.com@169.254.169.254", ServiceNowInstanceError.UserInfoNotAllowed)]
    [InlineData("https://evil.com#@acme.service-now.com", ServiceNowInstanceError.HostNotAllowed)]
    [InlineData("https://acme.service-now.com:8443", ServiceNowInstanceError.PortNotAllowed)]
    [InlineData("https://", ServiceNowInstanceError.Malformed)]
    public void TryParse_RejectedInput_ReturnsReason(string? input, ServiceNowInstanceError expected)
    {
        var ok = ServiceNowInstance.TryParse(input, Strict, out var instance, out var error);

        Assert.False(ok);
        Assert.Null(instance);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/", "http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080", "http://localhost:5080/")]
    [InlineData("https://snow.contoso.example", "https://snow.contoso.example/")]
    public void TryParse_DevelopmentPolicy_AllowsLoopbackAndListedHosts(string input, string expected)
    {
        var ok = ServiceNowInstance.TryParse(input, Development, out var instance, out _);

        Assert.True(ok);
        Assert.Equal(expected, instance!.BaseUri.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://127.0.0.2:5080", ServiceNowInstanceError.IpAddressNotAllowed)]
    [InlineData("http://snow.contoso.example", ServiceNowInstanceError.SchemeNotAllowed)]
    [InlineData("https://10.0.0.5", ServiceNowInstanceError.IpAddressNotAllowed)]
    public void TryParse_DevelopmentPolicy_StillRejectsOtherAddresses(string input, ServiceNowInstanceError expected)
    {
        var ok = ServiceNowInstance.TryParse(input, Development, out _, out var error);

        Assert.False(ok);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_InvalidTrustedValue_Throws()
    {
        Assert.Throws<FormatException>(() => ServiceNowInstance.Parse("http://169.254.169.254", Strict));
    }
}
