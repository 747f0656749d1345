using Microsoft.AspNetCore.Localization;

namespace Platform.Web.Features.Accounts;

/// <summary>The ASP.NET Core request-culture cookie, written on a language switch and at every sign-in.</summary>
public static class CultureCookie
{
    public static void Write(HttpContext context, string culture, TimeProvider clock) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = clock.GetUtcNow().AddYears(1),
                SameSite = SameSiteMode.Lax,
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                IsEssential = true,
                Path = "/",
            });
}
