using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Tests.ServiceNow;

public sealed class EncodedQueryTests
{
    [Fact]
    public void Where_TwoConditionsAndOrdering_JoinsWithCaret()
    {
        var query = EncodedQuery.Empty.Where("active").Is("true").Where("priority").IsNot("5").OrderByDesc("sys_updated_on");

        var text = query.ToString();

        Assert.Equal("active=true^priority!=5^ORDERBYDESCsys_updated_on", text);
    }

    [Fact]
    public void Or_AfterCondition_UsesCaretOr()
    {
        var query = EncodedQuery.Empty.Where("state").Is("1").Or("state").Is("2").OrderBy("number");

        Assert.Equal("state=1^ORstate=2^ORDERBYnumber", query.ToString());
    }

    [Fact]
    public void Is_ValueWithCaret_DoublesCaret()
    {
        var query = EncodedQuery.Empty.Where("short_description").Is("a^ORactive=false");

        Assert.Equal("short_description=a^^ORactive=false", query.ToString());
    }

    [Theory]
    [InlineData("StartsWith", "nameSTARTSWITHab")]
    [InlineData("Like", "nameLIKEab")]
    [InlineData("IsEmpty", "nameISEMPTY")]
    [InlineData("IsNotEmpty", "nameISNOTEMPTY")]
    public void Operators_Render_ServiceNowSyntax(string op, string expected)
    {
        var condition = EncodedQuery.Empty.Where("name");

        var query = op switch
        {
            "StartsWith" => condition.StartsWith("ab"),
            "Like" => condition.Like("ab"),
            "IsEmpty" => condition.IsEmpty(),
            _ => condition.IsNotEmpty(),
        };

        Assert.Equal(expected, query.ToString());
    }

    [Fact]
    public void In_SeveralValues_CommaSeparated()
    {
        Assert.Equal("stateIN1,2,3^stateNOT IN6,7", EncodedQuery.Empty.Where("state").In("1", "2", "3").Where("state").NotIn("6", "7").ToString());
    }

    [Fact]
    public void In_ValueWithComma_Throws()
    {
        Assert.Throws<ArgumentException>(() => EncodedQuery.Empty.Where("state").In("1,2"));
    }

    [Theory]
    [InlineData("state=1^active")]
    [InlineData("Name")]
    [InlineData("")]
    [InlineData("a b")]
    public void Where_InvalidFieldName_Throws(string field)
    {
        Assert.Throws<ArgumentException>(() => EncodedQuery.Empty.Where(field));
    }

    [Fact]
    public void Builder_IsImmutable_OriginalUnchanged()
    {
        var original = EncodedQuery.Empty.Where("active").Is("true");

        _ = original.Where("state").Is("1");

        Assert.Equal("active=true", original.ToString());
    }

    [Fact]
    public void Or_WithoutPriorCondition_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => EncodedQuery.Empty.Or("state"));
    }
}
