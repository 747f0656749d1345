using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Platform.Web.Features.Network;

namespace Platform.Tests.Infrastructure;

public sealed record TestMember(string Id, string Email, string Password, string DisplayName, string? AgencyCode, string? AuthenticatorKey)
{
    public string CurrentTotp(DateTime? utcNow = null) =>
        new Totp(Base32Encoding.ToBytes(AuthenticatorKey ?? throw new InvalidOperationException("No authenticator enrolled.")))
            .ComputeTotp(utcNow ?? DateTime.UtcNow);
}

/// <summary>Arranges agencies and members through the real Identity services, and signs in through the real pages.</summary>
public static partial class TestMembers
{
    public const string DefaultPassword = "correct horse battery staple 42";

    public static async Task EnsureAgencyAsync(this AppFactory app, string code, string? countryName = null) =>
        await app.WithSystemDbAsync(async db =>
        {
            if (await db.Agencies.FindAsync(code) is null)
            {
                db.Agencies.Add(new Agency
                {
                    Code = code,
                    CountryName = countryName ?? $"Country {code}",
                    Name = $"Cyber Offender Prevention Team {code}",
                    JoinedAt = app.Clock.GetUtcNow(),
                });
                await db.SaveChangesAsync();
            }
        });

    /// <summary>Creates a member with a password, roles and (when <paramref name="twoFactor"/>) an enrolled authenticator.</summary>
    public static async Task<TestMember> CreateMemberAsync(
        this AppFactory app, string? agencyCode, string role, bool twoFactor = true, string? email = null, Guid? partnerOrganisationId = null)
    {
        if (agencyCode is not null)
        {
            await app.EnsureAgencyAsync(agencyCode);
        }

        return await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }

            var suffix = Guid.NewGuid().ToString("N")[..8];
            var member = new Member
            {
                UserName = email ?? $"{role.ToLowerInvariant()}.{agencyCode?.ToLowerInvariant() ?? "partner"}.{suffix}@example.test",
                Email = email ?? $"{role.ToLowerInvariant()}.{agencyCode?.ToLowerInvariant() ?? "partner"}.{suffix}@example.test",
                EmailConfirmed = true,
                DisplayName = $"{role} {agencyCode} {suffix}",
                AgencyCode = agencyCode,
                PartnerOrganisationId = partnerOrganisationId,
                AcceptedTermsVersion = int.MaxValue,
                AcceptedTermsAt = app.Clock.GetUtcNow(),
                CreatedAt = app.Clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(member, DefaultPassword));
            Check(await users.AddToRoleAsync(member, role));
            string? key = null;
            if (twoFactor)
            {
                Check(await users.ResetAuthenticatorKeyAsync(member));
                key = await users.GetAuthenticatorKeyAsync(member);
                Check(await users.SetTwoFactorEnabledAsync(member, true));
            }

            return new TestMember(member.Id, member.Email!, DefaultPassword, member.DisplayName, agencyCode, key);
        });
    }

    /// <summary>An HTTP client signed in through /Accounts/SignIn (and the two-factor page when enrolled).</summary>
    public static async Task<HttpClient> SignInAsync(this AppFactory app, TestMember member)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/Accounts/SignIn", new()
        {
            ["Input.Email"] = member.Email,
            ["Input.Password"] = member.Password,
        });
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("SignInTwoFactor", StringComparison.Ordinal) == true)
        {
            response = await client.PostFormAsync(response.Headers.Location.OriginalString, new()
            {
                ["Input.Code"] = member.CurrentTotp(),
            });
        }

        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {member.Email} failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>GETs the form page first for its antiforgery token, then posts the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPageUrl = null)
    {
        var page = await client.GetAsync(formPageUrl ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken(html)
            ?? throw new InvalidOperationException($"No antiforgery token on {formPageUrl ?? url} ({(int)page.StatusCode}).");
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static string? AntiforgeryToken(string html)
    {
        var match = AntiforgeryInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)"|type="hidden" name="__RequestVerificationToken" value="([^"]+)""")]
    private static partial Regex AntiforgeryInput();
}
