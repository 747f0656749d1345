using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using static Platform.Tests.Features.Operations.Import.ImportWorld;

namespace Platform.Tests.Features.Operations.Import;

public sealed class OperationVisibilityTests
{
    [Fact]
    public async Task Get_NonParticipatingCountry_NotFoundOnPageAndApi_ParticipantSeesIt()
    {
        await using var app = new AppFactory();
        var operation = await CreateOperationAsync(app);
        var outsider = await app.SignInAsync(await app.CreateMemberAsync("SE", Roles.CountryAdmin));
        var participant = await app.SignInAsync(await app.CreateMemberAsync("FI", Roles.PreventionOfficer));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Operations/{operation.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/operations/{operation.Id}", Ct)).StatusCode);
        Assert.DoesNotContain(operation.Code, await outsider.GetStringAsync("/api/operations", Ct), StringComparison.Ordinal);
        var page = await participant.GetStringAsync($"/Operations/{operation.Id}", Ct);
        Assert.Contains(operation.Code, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Import seized data", page, StringComparison.Ordinal);
        Assert.Contains(operation.Code, await participant.GetStringAsync("/api/operations", Ct), StringComparison.Ordinal);
    }
}
