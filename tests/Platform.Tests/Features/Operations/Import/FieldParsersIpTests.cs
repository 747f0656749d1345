using Platform.Web.Features.Operations.Import;

namespace Platform.Tests.Features.Operations.Import;

public sealed class FieldParsersIpTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData(" 203.0.113.7 ", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:DB8:0:0:0:0:0:1", "2001:db8::1")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    public void TryIp_ValidAddress_GivesCanonicalForm(string value, string expected)
    {
        Assert.True(FieldParsers.TryIp(value, out var ip));
        Assert.Equal(expected, ip);
    }

    [Theory]
    [InlineData("203.0.113")]
    [InlineData("not an ip")]
    [InlineData("203.0.113.7.9")]
    [InlineData("")]
    public void TryIp_InvalidValue_IsRefused(string value) => Assert.False(FieldParsers.TryIp(value, out _));
}
