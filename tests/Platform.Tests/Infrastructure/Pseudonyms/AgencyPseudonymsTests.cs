using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Platform.Web.Infrastructure.Protection;
using Platform.Web.Infrastructure.Pseudonyms;

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
}
