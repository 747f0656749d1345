using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Tests.Features.Accounts;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Localization;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// The translations in src/Platform.Web/Resources against the keys in the code (see <see cref="LocalizationKeys"/>),
/// and the localization pipeline end to end: culture from cookie or query, resx lookup, validation messages.
/// </summary>
public sealed class LocalizationTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> Translations => [.. LocalizationSetup.Languages.Select(l => l.Code).Where(c => c != "en")];

    [Fact]
    public void Extract_PageModel_FindsLocalizerErrorMessageAndDisplayKeys()
    {
        var keys = LocalizationKeys.Extract("src/Platform.Web/Features/Accounts/SignIn.cshtml.cs");

        Assert.Equal(
            [
                "Email address", "Enter a valid email address.", "Enter your email address.", "Enter your password.", "Password",
                "The email address or password is not correct.",
                "This account is locked after too many failed attempts. Try again later or ask your country admin.",
            ],
            keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_ShellFolders_FindsViewKeysWithAndWithoutArguments()
    {
        var keys = LocalizationKeys.Extract(LocalizationKeys.TranslatedFolders);

        Assert.Contains("Skip to main content", keys);
        Assert.Contains("Signed in as {0}.", keys);
        Assert.Contains("At least 12 characters. A few unrelated words make a strong password that is easy to remember. Passwords found in data breaches, and your own name or email address, are refused.", keys);
        Assert.InRange(keys.Count, 150, 1000);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Resx_TranslatesEveryKeyOfTranslatedModules(string language)
    {
        var entries = LocalizationKeys.ReadResx(language);

        var missing = LocalizationKeys.Extract(LocalizationKeys.TranslatedFolders)
            .Where(key => string.IsNullOrWhiteSpace(entries.GetValueOrDefault(key)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"Not translated into {language} ({missing.Count}):\n{string.Join('\n', missing)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Resx_HasNoStaleEntries(string language)
    {
        var known = LocalizationKeys.KnownTexts();

        var stale = LocalizationKeys.ReadResx(language).Keys.Where(key => !known.Contains(key)).Order(StringComparer.Ordinal).ToList();

        Assert.True(stale.Count == 0, $"SharedResource.{language}.resx translates texts the code no longer has:\n{string.Join('\n', stale)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Resx_KeepsThePlaceholdersOfEachKey(string language)
    {
        var wrong = LocalizationKeys.ReadResx(language)
            .Where(e => !LocalizationKeys.Placeholders(e.Key).SequenceEqual(LocalizationKeys.Placeholders(e.Value)))
            .Select(e => $"{e.Key} → {e.Value}")
            .ToList();

        Assert.True(wrong.Count == 0, $"Placeholders differ in SharedResource.{language}.resx:\n{string.Join('\n', wrong)}");
    }

    [Theory]
    [InlineData("nl", false)]
    [InlineData("nl", true)]
    [InlineData("pt", false)]
    [InlineData("pt", true)]
    public async Task SignIn_WithCultureCookieOrQuery_RendersPageInThatLanguage(string language, bool viaQuery)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, viaQuery ? $"/Accounts/SignIn?culture={language}" : "/Accounts/SignIn");
        if (!viaQuery)
        {
            request.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{language}%7Cuic%3D{language}");
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var t = LocalizationKeys.ReadResx(language);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{t["Sign in"]}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<title>{t["Sign in"]} · InterCOP</title>", html, StringComparison.Ordinal);
        Assert.Contains($">{t["Email address"]}</label>", html, StringComparison.Ordinal);
        Assert.Contains(t["Terms of use"], html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>Sign in</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip to main content", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Vul je e-mailadres in.", "Vul je wachtwoord in.", "Vul een geldig e-mailadres in.")]
    [InlineData("pt", "Introduza o seu endereço de email.", "Introduza a sua palavra-passe.", "Introduza um endereço de email válido.")]
    public async Task SignIn_InvalidForm_ShowsValidationMessagesInChosenLanguage(string language, string noEmail, string noPassword, string badEmail)
    {
        var client = app.NewClient();
        AccountsTestKit.AssertRedirect(
            await client.GetAsync($"/Accounts/Language?culture={language}&returnUrl=%2FAccounts%2FSignIn", TestContext.Current.CancellationToken),
            "/Accounts/SignIn");

        var empty = await client.PostFormAsync("/Accounts/SignIn", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        var malformed = await client.PostFormAsync("/Accounts/SignIn", new() { ["Input.Email"] = "not-an-address", ["Input.Password"] = "x" });

        var emptyHtml = await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains($"<html lang=\"{language}\">", emptyHtml, StringComparison.Ordinal);
        Assert.Contains(noEmail, emptyHtml, StringComparison.Ordinal);
        Assert.Contains(noPassword, emptyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter your email address.", emptyHtml, StringComparison.Ordinal);
        Assert.Contains(badEmail, await malformed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public async Task ShellPages_InLanguage_ShowNoEnglishText(string language)
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var signedIn = await app.SignInAsync(viewer);
        await signedIn.GetAsync($"/Accounts/Language?culture={language}&returnUrl=%2F", TestContext.Current.CancellationToken);
        var anonymous = app.NewClient();
        await anonymous.GetAsync($"/Accounts/Language?culture={language}&returnUrl=%2F", TestContext.Current.CancellationToken);
        var english = LocalizationKeys.Extract(LocalizationKeys.TranslatedFolders).Where(k => !k.Contains('{', StringComparison.Ordinal)).ToList();
        string[] anonymousPages = ["/", "/Accounts/SignIn", "/Accounts/Terms", "/Accounts/AccessDenied", "/Error?code=404", "/Error", "/Accounts/Invitation?token=unknown"];
        string[] memberPages = ["/", "/Accounts/Profile", "/Accounts/ChangePassword", "/Accounts/AcceptTerms", "/Accounts/TwoFactor/Enable", "/Accounts/TwoFactor/Disable", "/Accounts/TwoFactor/Reset", "/Accounts/TwoFactor/RecoveryCodes"];

        var leftovers = new List<string>();
        foreach (var (client, url) in anonymousPages.Select(u => (anonymous, u)).Concat(memberPages.Select(u => (signedIn, u))))
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
            // Whole text nodes for short keys ("Save" is also part of longer words), anywhere for sentences.
            leftovers.AddRange(english
                .Where(key => html.Contains($">{key}<", StringComparison.Ordinal) || (key.Length >= 25 && html.Contains(key, StringComparison.Ordinal)))
                .Select(key => $"{url}: {key}"));
        }

        Assert.True(leftovers.Count == 0, $"English text on {language} pages:\n{string.Join('\n', leftovers)}");
    }
}
