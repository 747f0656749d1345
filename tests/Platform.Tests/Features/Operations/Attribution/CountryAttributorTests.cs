using System.Net;
using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Features.Operations.Model;

namespace Platform.Tests.Features.Operations.Attribution;

public sealed class CountryAttributorTests
{
    private readonly CountryAttributor _attributor = new(FakeIpCountries.Standard);

    private static List<IpObservation> Ips(params string[] ips) => [.. ips.Select(ip => new IpObservation(IPAddress.Parse(ip), null))];

    private CountryAttribution Attribute(IReadOnlyList<IpObservation>? ips = null, string[]? emails = null, string[]? payments = null, string[]? phones = null) =>
        _attributor.Attribute(new AttributionFacts(ips ?? [], emails ?? [], payments ?? [], phones ?? []));

    [Fact]
    public void Attribute_IpsAndEmailAgree_HighWithoutReview()
    {
        var result = Attribute(Ips("1.0.0.1", "1.0.0.1", "1.0.0.2"), ["kid@koulu.fi"]);

        Assert.Equal(("FI", AttributionConfidence.High, false), (result.Country, result.Confidence, result.NeedsReview));
        var ip = Assert.Single(result.Evidence, e => e.Kind == EvidenceKind.IpCountry && e.Value == "1.0.0.1");
        Assert.Equal(2, ip.Count);
        Assert.Contains("current state, not as of the login date", ip.Detail, StringComparison.Ordinal);
        Assert.Contains(result.Evidence, e => e is { Kind: EvidenceKind.EmailCountryDomain, Value: "koulu.fi", Country: "FI" });
    }

    [Fact]
    public void Attribute_IpsOnlyConsistent_Medium()
    {
        var result = Attribute(Ips("3.0.0.1", "3.0.0.2"));
        Assert.Equal(("NL", AttributionConfidence.Medium, false), (result.Country, result.Confidence, result.NeedsReview));
    }

    [Fact]
    public void Attribute_IpsSayFiEmailSaysSe_NeedsReviewWithPlainNote()
    {
        var result = Attribute(Ips("1.0.0.1", "1.0.0.2"), ["kid@skola.se"]);

        Assert.True(result.NeedsReview);
        Assert.Equal(AttributionConfidence.Low, result.Confidence);
        Assert.Contains("disagrees", result.Note, StringComparison.Ordinal);
        Assert.Contains("IP addresses point to FI", result.Note, StringComparison.Ordinal);
        Assert.Contains("email domains point to SE", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_IpsInThreeCountriesNoMajority_NotAttributedNeedsReview()
    {
        var result = Attribute(Ips("1.0.0.1", "2.0.0.1", "4.0.0.1", "5.0.0.1"));
        Assert.Equal((null, AttributionConfidence.None, true), (result.Country, result.Confidence, result.NeedsReview));
        Assert.Contains("VPN or hosting-like", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_EmailPaymentAndPhoneAgree_High()
    {
        var result = Attribute(emails: ["jan@ziggo.nl"], payments: ["nl"], phones: ["+31 6 12345678"]);
        Assert.Equal(("NL", AttributionConfidence.High, false), (result.Country, result.Confidence, result.NeedsReview));
        Assert.Contains(result.Evidence, e => e is { Kind: EvidenceKind.PhonePrefix, Value: "+31", Country: "NL" });
    }

    [Fact]
    public void Attribute_NanpPhoneOnly_NotAttributedWithReason()
    {
        var result = Attribute(phones: ["+1 202 555 0123"]);
        Assert.Null(result.Country);
        Assert.True(result.NeedsReview);
        Assert.Contains(result.Evidence, e => e is { Kind: EvidenceKind.PhonePrefix, Value: "+1", Country: null });
    }

    [Fact]
    public void Attribute_GenericDomainsAndPrivateIps_NoEvidenceNoCountry()
    {
        var result = Attribute(Ips("10.0.0.1", "192.168.0.1"), ["kid@gmail.com", "kid@hack.io"]);
        Assert.Equal((null, AttributionConfidence.None, true), (result.Country, result.Confidence, result.NeedsReview));
        Assert.Empty(result.Evidence);
    }

    [Fact]
    public void Attribute_EmailWithIpSpread_LowButNoReview()
    {
        var result = Attribute(Ips("1.0.0.1", "2.0.0.1", "4.0.0.1"), ["kid@web.de"]);
        Assert.Equal(("DE", AttributionConfidence.Low, false), (result.Country, result.Confidence, result.NeedsReview));
    }

    [Fact]
    public void Attribute_NoIpDatabase_RestsOnOtherEvidence()
    {
        var attributor = new CountryAttributor(new GeoIpCountryLookup(null));
        var result = attributor.Attribute(new AttributionFacts(Ips("1.0.0.1"), ["kid@koulu.fi"], [], []));
        Assert.Equal(("FI", AttributionConfidence.Medium), (result.Country, result.Confidence));
        Assert.DoesNotContain(result.Evidence, e => e.Kind == EvidenceKind.IpCountry);
    }
}
