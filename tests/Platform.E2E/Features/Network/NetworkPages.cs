using Microsoft.Playwright;
using Platform.E2E.Infrastructure;

namespace Platform.E2E.Features.Network;

/// <summary>What a country admin does on the network pages, by visible label and role.</summary>
public static class NetworkPages
{
    public const string MembersPath = "/Network/Members";
    public const string InvitationsPath = "/Network/Invitations";
    public const string NewInvitationPath = "/Network/Invitations/New";

    /// <summary>Fills the new-invitation form and sends it; ends on the invitations list.</summary>
    public static async Task InviteAsync(this IPage page, string name, string email, string roleLabel)
    {
        await page.GotoAsync(NewInvitationPath);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Email address", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = roleLabel });
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
    }

    /// <summary>The row of a table in the main content that mentions <paramref name="text"/> (a name or email).</summary>
    public static ILocator RowWith(this IPage page, string text) =>
        page.MainContent().GetByRole(AriaRole.Row).Filter(new() { HasText = text });
}
