using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Platform.Web.Infrastructure.Protection;
using Platform.Web.Infrastructure.Pseudonyms;
using Platform.Web.Infrastructure.Text;

namespace Platform.Tests.Infrastructure.Pseudonyms;

public sealed class AgencyPseudonymsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private IAgencyPseudonyms Pseudonyms => app.Services.GetRequiredService<IAgencyPseudonyms>();

    [Fact]
    public void For_SamePersonWrittenDifferently_SamePseudonym()
    {
        var a = Pseudonyms.For("NL", "cohort-export", "  José  van Dijk|2008-04-01 ");
        var b = Pseudonyms.For("NL", "cohort-export", "JOSE VAN DIJK|2008-04-01");

        Assert.Equal(a, b);
        Assert.Matches("^[A-Z2-7]{16}$", a);
    }

    [Fact]
    public void For_OtherAgencyOrPurposeOrPerson_DifferentPseudonym()
    {
        var nl = Pseudonyms.For("NL", "cohort-export", "Jose van Dijk|2008-04-01");

        Assert.NotEqual(nl, Pseudonyms.For("GB", "cohort-export", "Jose van Dijk|2008-04-01"));
        Assert.NotEqual(nl, Pseudonyms.For("NL", "reoffending-linkage", "Jose van Dijk|2008-04-01"));
        Assert.NotEqual(nl, Pseudonyms.For("NL", "cohort-export", "Jose van Dijk|2008-04-02"));
    }

    [Fact]
    public async Task For_AfterRestartAndDataKeyRotation_Stable()
    {
        var before = Pseudonyms.For("FI", "cohort-export", "Aino Virtanen|2009-01-01");
        await app.Services.GetRequiredService<AgencyKeyRing>().RotateAsync("FI", AgencyKeyPurposes.Data, TestContext.Current.CancellationToken);
        var restarted = new AgencyPseudonyms(new AgencyKeyRing(
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetRequiredService<IDataProtectionProvider>(),
            app.Clock));

        Assert.Equal(before, restarted.For("FI", "cohort-export", "Aino Virtanen|2009-01-01"));
    }

    /// <summary>
    /// Pseudonyms already stored must still match: the cached subkey and per-thread HMACs give exactly the two-step
    /// derivation, for several agencies and purposes interleaved on several threads.
    /// </summary>
    [Fact]
    public void For_ManyThreadsAgenciesAndPurposes_SameAsTheTwoStepDerivation()
    {
        string[] agencies = ["NL", "FI", "pt ", "GB"];
        string[] purposes = ["reoffending-linkage", "cohort-export"];
        string[] values = ["alice@example.org", "  José  van Dijk|2008-04-01 ", "BOB\tSMITH", "ﬁle ǅ Σ", "", new string('x', 700), new string('é', 600)];
        var keys = app.Services.GetRequiredService<AgencyKeyRing>();

        Parallel.For(0, 400, i =>
        {
            var agency = agencies[i % agencies.Length];
            var purpose = purposes[i / agencies.Length % purposes.Length];
            var value = values[i % values.Length] + (i % 3 == 0 ? "" : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var (_, secret) = keys.Current(AgencyKeyRing.Normalise(agency), AgencyKeyPurposes.Pseudonym);
            var subkey = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("purpose:" + purpose.ToUpperInvariant()));
            var mac = HMACSHA256.HashData(subkey, Encoding.UTF8.GetBytes(AgencyPseudonyms.NormaliseUnicode(value)));

            Assert.Equal(Base32.Encode(mac.AsSpan(0, 10)), Pseudonyms.For(agency, purpose, value));
        });
    }

    [Property(MaxTest = 3000)]
    public Property Normalise_AsciiText_SameAsTheUnicodePath() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("a", "Z", "q", "0", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u001F", "\u001C", "\0", "|", "-", "@", "~"))
                .Select(pieces => string.Concat(pieces)).ToArbitrary(),
            value => AgencyPseudonyms.Normalise(value) == AgencyPseudonyms.NormaliseUnicode(value));
}
