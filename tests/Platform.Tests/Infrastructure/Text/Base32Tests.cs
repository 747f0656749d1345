using System.Text;
using Platform.Web.Infrastructure.Text;

namespace Platform.Tests.Infrastructure.Text;

public sealed class Base32Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Encode_Rfc4648Vectors_WithoutPadding(string text, string expected) =>
        Assert.Equal(expected, Base32.Encode(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void Encode_LongerThanTheStackBuffer_AllCharacters()
    {
        var bytes = Enumerable.Range(0, 500).Select(i => (byte)i).ToArray();

        var encoded = Base32.Encode(bytes);

        Assert.Equal(800, encoded.Length);
        Assert.Equal(Base32.Encode(bytes.AsSpan(0, 160)), encoded[..256]);
    }
}
