using Microsoft.AspNetCore.Identity;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Localization;

namespace Platform.Web.Features.Accounts;

/// <summary>
/// GET /Accounts/Language?culture=nl&amp;returnUrl=/x — the layout's language form. Sets the culture cookie and,
/// for a signed-in member, saves the choice as their preferred language (applied again at every sign-in).
/// </summary>
internal static class LanguageSwitch
{
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/Accounts/Language", SwitchAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static async Task<IResult> SwitchAsync(
        string? culture, string? returnUrl, HttpContext http, UserManager<Member> users, TimeProvider clock)
    {
        var target = ReturnUrls.SafeOrHome(returnUrl);
        if (!LocalizationSetup.IsSupported(culture))
        {
            return TypedResults.LocalRedirect(target);
        }

        CultureCookie.Write(http, culture!, clock);
        if (MandatorySteps.IsMemberSession(http.User) && await users.GetUserAsync(http.User) is { } member
            && member.PreferredLanguage != culture)
        {
            member.PreferredLanguage = culture!;
            await users.UpdateAsync(member);
        }

        return TypedResults.LocalRedirect(target);
    }
}
