using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Knowledge;

/// <summary>
/// Four eyes and TLP:AMBER as officers meet them: one officer writes a profile, a colleague releases it to GB only;
/// a GB officer reads it and a Finnish officer gets "page not found".
/// </summary>
public sealed class CatalogueBrowserTests(BrowserServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Profile_CreatedByOfficer_ReleasedAsAmberByColleague_VisibleInGbOnly()
    {
        AllowBrowserErrors("status of 404");
        var author = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var colleague = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var gbOfficer = await Server.CreateMemberAsync("GB", Roles.PreventionOfficer);
        var fiOfficer = await Server.CreateMemberAsync("FI", Roles.PreventionOfficer);
        var name = $"Browser profile {Guid.NewGuid():N}"[..28];

        await Page.SignInAsync(author);
        var slug = await Page.CreateInterventionAsync(name, "A diversion route for first-time offenders.");
        await Expect(Page.MainContent()).ToContainTextAsync("National draft");
        await Page.GotoAsync($"{KnowledgePages.ProfilePath(slug)}/Sharing");
        await Expect(Page.MainContent()).ToContainTextAsync("another member of your agency must release it");
        await Expect(Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Release with this marking" })).ToHaveCountAsync(0);

        var second = await NewPageAsync();
        await second.SignInAsync(colleague);
        await second.ReleaseAsAmberAsync(slug, "Country GB (GB)");

        var gb = await NewPageAsync();
        await gb.SignInAsync(gbOfficer);
        var seen = await gb.GotoAsync(KnowledgePages.ProfilePath(slug));
        Assert.Equal(200, seen?.Status);
        await Expect(gb.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Expect(gb.MainContent()).ToContainTextAsync("TLP:AMBER");

        var fi = await NewPageAsync();
        await fi.SignInAsync(fiOfficer);
        var hidden = await fi.GotoAsync(KnowledgePages.ProfilePath(slug));
        Assert.Equal(404, hidden?.Status);
        await fi.GotoAsync($"{KnowledgePages.CataloguePath}?search={Uri.EscapeDataString(name)}");
        await Expect(fi.MainContent().GetByRole(AriaRole.Link, new() { Name = name })).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/Edit")]
    [InlineData("/Sharing")]
    [InlineData("/Translations")]
    public async Task ProfilePages_AsOwningOfficer_AreAccessible(string suffix)
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Server.CreateMemberAsync("GB", Roles.PreventionOfficer);
        await Page.SignInAsync(officer);
        var slug = await Page.CreateInterventionAsync($"Accessible {Guid.NewGuid():N}"[..22], "Checked with axe and the keyboard.");

        await Page.GotoAsync(KnowledgePages.ProfilePath(slug) + suffix);

        await Page.AssertAccessibleAsync();
    }

    [Theory]
    [InlineData(KnowledgePages.CataloguePath)]
    [InlineData(KnowledgePages.DocumentsPath)]
    [InlineData(KnowledgePages.DraftsPath)]
    [InlineData(KnowledgePages.NewInterventionPath)]
    public async Task ListAndFormPages_AsOfficer_AreAccessible(string path)
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Page.SignInAsync(officer);

        await Page.GotoAsync(path);

        await Page.AssertAccessibleAsync();
    }
}
