using System.Net;
using Platform.Web.Features.Operations.Attribution;

namespace Platform.Tests.Features.Operations.Attribution;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("  Jan.Jansen@Example.NL ", "jan.jansen@example.nl")]
    [InlineData("J.A.N+booter@GoogleMail.com", "jan@gmail.com")]
    [InlineData("j.an@gmail.com", "jan@gmail.com")]
    [InlineData("kid+ddos@outlook.com", "kid@outlook.com")]
    [InlineData("kid+ddos@proton.me", "kid@proton.me")]
    [InlineData("kid+ddos@icloud.com", "kid@icloud.com")]
    [InlineData("kid+ddos@fastmail.com", "kid@fastmail.com")]
    [InlineData("kid+ddos@school.fi", "kid+ddos@school.fi")]
    [InlineData("k.i.d@outlook.com", "k.i.d@outlook.com")]
    [InlineData("anna@bücher.de", "anna@xn--bcher-kva.de")]
    [InlineData("anna@xn--bcher-kva.de", "anna@xn--bcher-kva.de")]
    [InlineData("user@example.com.", "user@example.com")]
    public void NormaliseEmail_ValidAddress_CanonicalForm(string raw, string expected) =>
        Assert.Equal(expected, Identifiers.NormaliseEmail(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("@example.com")]
    [InlineData("user@")]
    [InlineData("user@localhost")]
    [InlineData("user@[192.168.0.1]")]
    [InlineData("us er@example.com")]
    [InlineData("user@exa_mple.com")]
    [InlineData("a..b@example.com")]
    [InlineData("+tag@gmail.com")]
    [InlineData("...@gmail.com")]
    [InlineData("user@1.2.3.4")]
    public void NormaliseEmail_Invalid_Null(string? raw) => Assert.Null(Identifiers.NormaliseEmail(raw));

    [Theory]
    [InlineData("  DarkLord ", "darklord")]
    [InlineData("ＤａｒｋＬｏｒｄ", "darklord")]
    [InlineData("dark\u200Blord", "darklord")]
    [InlineData("ΣΊΣΥΦΟΣ", "σίσυφοσ")]
    public void NormaliseUsername_FoldsWidthCaseAndInvisibles(string raw, string expected) =>
        Assert.Equal(expected, Identifiers.NormaliseUsername(raw));

    [Theory]
    [InlineData(" 8.8.8.8 ", "8.8.8.8")]
    [InlineData("::ffff:145.97.1.1", "145.97.1.1")]
    [InlineData("[2001:4860:4860::8888]", "2001:4860:4860::8888")]
    [InlineData("fe80::1%eth0", "fe80::1")]
    public void NormaliseIp_Valid_Canonical(string raw, string expected) =>
        Assert.Equal(IPAddress.Parse(expected), Identifiers.NormaliseIp(raw));

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("12345")]
    [InlineData("0x7f.1")]
    [InlineData("999.1.1.1")]
    [InlineData("not an ip")]
    public void NormaliseIp_InvalidOrUnspecified_Null(string raw) => Assert.Null(Identifiers.NormaliseIp(raw));

    [Theory]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("100.127.255.255", false)]
    [InlineData("100.128.0.1", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("169.254.1.1", false)]
    [InlineData("192.0.2.10", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("8.8.8.8", true)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("2002:c000:0204::1", false)]
    [InlineData("2001:4860:4860::8888", true)]
    public void IsAttributable_Ranges(string ip, bool expected) =>
        Assert.Equal(expected, Identifiers.IsAttributable(IPAddress.Parse(ip)));

    [Theory]
    [InlineData("a@example.nl", "NL")]
    [InlineData("a@example.uk", "GB")]
    [InlineData("a@example.co.uk", "GB")]
    [InlineData("a@web.de", "DE")]
    [InlineData("a@example.fi", "FI")]
    [InlineData("a@example.com", null)]
    [InlineData("a@example.net", null)]
    [InlineData("a@example.org", null)]
    [InlineData("a@example.io", null)]
    [InlineData("a@example.tv", null)]
    [InlineData("a@example.me", null)]
    [InlineData("a@example.co", null)]
    [InlineData("a@example.gg", null)]
    [InlineData("a@example.eu", null)]
    public void EmailCountry_CcTldOnly(string email, string? expected) =>
        Assert.Equal(expected, Identifiers.EmailCountry(email));

    [Theory]
    [InlineData("+31 6 12345678", "+31612345678")]
    [InlineData("0031612345678", "+31612345678")]
    [InlineData("06-12345678", "0612345678")]
    [InlineData("123", null)]
    public void NormalisePhone_E164OrDigits(string raw, string? expected) =>
        Assert.Equal(expected, Identifiers.NormalisePhone(raw));

    [Theory]
    [InlineData("+31612345678", "NL")]
    [InlineData("+358401234567", "FI")]
    [InlineData("+447400123456", "GB")]
    [InlineData("+61412345678", "AU")]
    [InlineData("+5511912345678", "BR")]
    [InlineData("+819012345678", "JP")]
    [InlineData("+12025550123", null)]
    [InlineData("0612345678", null)]
    public void PhoneCountry_CallingCode(string phone, string? expected) =>
        Assert.Equal(expected, PhonePrefixes.CountryOf(phone)?.Country);

    [Theory]
    [InlineData(" 0xAbCdEf0123456789abcdef0123456789ABCDEF01 ", "0xabcdef0123456789abcdef0123456789abcdef01")]
    [InlineData("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]
    [InlineData("1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT")]
    [InlineData("short", null)]
    public void NormaliseCryptoAddress_CaseOnlyWhereInsensitive(string raw, string? expected) =>
        Assert.Equal(expected, Identifiers.NormaliseCryptoAddress(raw));
}
