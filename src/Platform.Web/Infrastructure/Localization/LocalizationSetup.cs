using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;

namespace Platform.Web.Infrastructure.Localization;

public static class LocalizationSetup
{
    /// <summary>English is complete; Dutch and Portuguese cover the shell. More follow as data.</summary>
    public static readonly IReadOnlyList<(string Code, string NativeName)> Languages =
    [
        ("en", "English"),
        ("nl", "Nederlands"),
        ("pt", "Português"),
    ];

    public static bool IsSupported(string? code) => Languages.Any(l => l.Code == code);

    public static IServiceCollection AddPlatformLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");

        // Razor would otherwise write every non-ASCII letter as an entity ("sess&#xE3;o"). HTML-special characters
        // (<, >, &, quotes) are escaped all the same.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.Select(l => new CultureInfo(l.Code)).ToList();
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The language cookie is written when a member picks a language and at every sign-in from their profile.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
