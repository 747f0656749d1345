using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Platform.Web.Features.Operations.Attribution;

namespace Platform.Tests.Features.Operations.Attribution;

/// <summary>Normalisers must be idempotent and never throw, whatever the seized data contains.</summary>
public sealed class IdentifierPropertiesTests
{
    private static readonly string[] Domains =
        ["gmail.com", "GoogleMail.com", "outlook.com", "example.nl", "bücher.de", "xn--bcher-kva.de", "proton.me", "school.co.uk", "x", "[1.2.3.4]", "a..b", "ÉCOLE.FR"];

    private static readonly string[] LocalPieces = ["a", "B", ".", "+", "+tag", "ä", "ﬁ", "İ", "ς", "\u200B", " ", "-", "_", "\"", "@", "Σ", "ǅ", "\uD800", "😀"];

    private static Arbitrary<string> EmailLike() =>
        Gen.Zip(Gen.ListOf(Gen.Elements(LocalPieces)).Select(p => string.Concat(p)), Gen.Elements(Domains))
            .Select(t => t.Item1 + "@" + t.Item2)
            .ToArbitrary();

    [Property(MaxTest = 2000)]
    public bool NormaliseEmail_AnyString_IdempotentAndTotal(string? raw) => Idempotent(Identifiers.NormaliseEmail, raw);

    [Property(MaxTest = 3000)]
    public Property NormaliseEmail_EmailLike_Idempotent() =>
        Prop.ForAll(EmailLike(), raw => Idempotent(Identifiers.NormaliseEmail, raw));

    [Property(MaxTest = 2000)]
    public bool NormaliseUsername_AnyString_IdempotentAndTotal(string? raw) => Idempotent(Identifiers.NormaliseUsername, raw);

    [Property(MaxTest = 2000)]
    public Property NormaliseUsername_UnicodeLike_Idempotent() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(LocalPieces)).Select(p => string.Concat(p)).ToArbitrary(),
            raw => Idempotent(Identifiers.NormaliseUsername, raw));

    [Property(MaxTest = 2000)]
    public bool NormalisePhone_AnyString_IdempotentAndTotal(string? raw) => Idempotent(Identifiers.NormalisePhone, raw);

    [Property(MaxTest = 2000)]
    public bool NormaliseCryptoAddress_AnyString_IdempotentAndTotal(string? raw) => Idempotent(Identifiers.NormaliseCryptoAddress, raw);

    [Property(MaxTest = 2000)]
    public bool NormaliseIp_AnyString_IdempotentAndTotal(string? raw)
    {
        var once = Identifiers.NormaliseIp(raw);
        return once is null || once.Equals(Identifiers.NormaliseIp(once.ToString()));
    }

    [Property(MaxTest = 2000)]
    public bool NormaliseIp_AnyAddress_RoundTrips(uint v4)
    {
        var text = new System.Net.IPAddress(BitConverter.GetBytes(v4)).ToString();
        var once = Identifiers.NormaliseIp(text);
        return v4 == 0 ? once is null : once is not null && once.ToString() == text;
    }

    [Property(MaxTest = 1000)]
    public bool EmailCountry_AnyNormalisedEmail_NullOrTwoUpperLetters(string? raw)
    {
        var country = Identifiers.EmailCountry(Identifiers.NormaliseEmail(raw) ?? raw ?? string.Empty);
        return country is null || (country.Length == 2 && country.All(char.IsAsciiLetterUpper));
    }

    private static bool Idempotent(Func<string?, string?> normalise, string? raw)
    {
        var once = normalise(raw);
        return once is null || normalise(once) == once;
    }

    private static readonly string[] AsciiPieces = ["a", "Z", "m", "Q", "0", "9", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u001C", "\u001F", "\0", ".", "+", "-", "_", "@", "~", "\\"];

    /// <summary>The ASCII shortcut of the case folding gives exactly what the Unicode passes give.</summary>
    [Property(MaxTest = 3000)]
    public Property Fold_AsciiText_SameAsTheUnicodePasses() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(AsciiPieces)).Select(p => string.Concat(p)).ToArbitrary(),
            value => Identifiers.Fold(value) == Identifiers.FoldUnicode(value));

    [Property(MaxTest = 3000)]
    public Property IsDottedQuad_AnyDigitsAndDots_SameAsSplittingOnDots() =>
        Prop.ForAll(
            Gen.Choose(1, 6).SelectMany(groups => Gen.ArrayOf(Gen.Elements("", "0", "7", "25", "255", "1234", "12345", "1a", " 1", "٣"), groups))
                .Select(groups => string.Join('.', groups)).ToArbitrary(),
            text =>
            {
                var parts = text.Split('.');
                var bySplitting = parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit));
                return Identifiers.IsDottedQuad(text) == bySplitting;
            });
}
