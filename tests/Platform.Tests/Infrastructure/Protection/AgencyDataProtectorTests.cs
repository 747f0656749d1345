using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Protection;

namespace Platform.Tests.Infrastructure.Protection;

public sealed class AgencyDataProtectorTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IAgencyDataProtector Protector => app.Services.GetRequiredService<IAgencyDataProtector>();

    [Fact]
    public void Protect_RoundTrip_OpensWithSameAgencyAndHidesPlaintext()
    {
        const string name = "Joëlle van Zwanenburg";

        var ciphertext = Protector.Protect("NL", name);

        Assert.StartsWith("icp:v1:", ciphertext, StringComparison.Ordinal);
        Assert.DoesNotContain("Zwanenburg", ciphertext, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(name)), ciphertext, StringComparison.Ordinal);
        Assert.NotEqual(ciphertext, Protector.Protect("NL", name));
        Assert.Equal(name, Protector.Unprotect("NL", ciphertext));
    }

    [Fact]
    public void Unprotect_OtherAgency_Throws()
    {
        var ciphertext = Protector.Protect("NL", "only for the Dutch team");
        _ = Protector.Protect("GB", "creates GB's key with the same version number");

        Assert.ThrowsAny<CryptographicException>(() => Protector.Unprotect("GB", ciphertext));
        Assert.ThrowsAny<CryptographicException>(() => Protector.Unprotect("FI", ciphertext));
    }

    [Fact]
    public void Unprotect_TamperedCiphertext_Throws()
    {
        var ciphertext = Protector.Protect("NL", "integrity matters");
        var bytes = Convert.FromBase64String(ciphertext["icp:v1:".Length..]);
        bytes[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => Protector.Unprotect("NL", "icp:v1:" + Convert.ToBase64String(bytes)));
    }

    [Fact]
    public async Task Rotate_NewWritesUseNewKey_OldCiphertextStillOpens()
    {
        var ring = app.Services.GetRequiredService<AgencyKeyRing>();
        var before = Protector.Protect("PT", "written before rotation");
        var oldVersion = AesGcmAgencyProtector.KeyVersionOf(before);

        var newVersion = await ring.RotateAsync("PT", AgencyKeyPurposes.Data, Ct);
        var after = Protector.Protect("PT", "written after rotation");

        Assert.Equal(oldVersion + 1, newVersion);
        Assert.Equal(newVersion, AesGcmAgencyProtector.KeyVersionOf(after));
        Assert.Equal("written before rotation", Protector.Unprotect("PT", before));
        Assert.Equal("written after rotation", Protector.Unprotect("PT", after));
    }

    [Fact]
    public async Task Erase_CryptoErasure_CiphertextNeverOpensAgain()
    {
        var ring = app.Services.GetRequiredService<AgencyKeyRing>();
        var ciphertext = Protector.Protect("SE", "decommissioned agency");

        var erased = await ring.EraseAsync("SE", Ct);

        Assert.True(erased >= 1);
        Assert.ThrowsAny<CryptographicException>(() => Protector.Unprotect("SE", ciphertext));
    }

    [Fact]
    public async Task StoredKeys_AreWrappedByDataProtection_AndSurviveRestartOfTheRing()
    {
        var ciphertext = Protector.Protect("BE", "still readable after a restart");
        var fresh = new AesGcmAgencyProtector(new AgencyKeyRing(
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetRequiredService<IDataProtectionProvider>(),
            app.Clock));

        Assert.Equal("still readable after a restart", fresh.Unprotect("BE", ciphertext));
        await app.WithSystemDbAsync(async db =>
        {
            var stored = await db.Set<AgencyKey>().SingleAsync(k => k.AgencyCode == "BE" && k.Purpose == AgencyKeyPurposes.Data, Ct);
            var unwrapped = app.Services.GetRequiredService<IDataProtectionProvider>()
                .CreateProtector("InterCOP.AgencyKeys.v1", "BE", AgencyKeyPurposes.Data)
                .Unprotect(Convert.FromBase64String(stored.WrappedKey));
            Assert.Equal(32, unwrapped.Length);
            Assert.DoesNotContain(Convert.ToBase64String(unwrapped), stored.WrappedKey, StringComparison.Ordinal);
        });
    }
}
