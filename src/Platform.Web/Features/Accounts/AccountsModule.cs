using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Web.Features.Accounts.Invitations;
using Platform.Web.Features.Accounts.Passwords;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Localization;

namespace Platform.Web.Features.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<Member, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:MaxFailedAccessAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));
                // NIST SP 800-63B: length and a breached-password check (PasswordPolicyValidator), no composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<MemberClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<PasswordPolicyValidator>();
        services.AddSingleton<BreachedPasswordList>();
        services.AddScoped<AcceptInvitation>();
        services.AddHostedService<EnsureRolesOnStartup>();

        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // Role changes, password changes and resets reach open sessions within this interval. It must be shorter
            // than the idle timeout: sliding renewal resets the ticket's issue time, so a longer one would never run.
            o.ValidationInterval = TimeSpan.FromMinutes(configuration.GetValue("Security:SessionRevalidationMinutes", 5));
            o.OnRefreshingPrincipal = KeepAuthenticationMethods;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "intercop.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Accounts/SignIn";
            o.LogoutPath = "/Accounts/SignOut";
            o.AccessDeniedPath = "/Accounts/AccessDenied";
            // Idle timeout: the session ends after this long without a request. The handler reads the clock from
            // the registered TimeProvider (AuthenticationSchemeOptions.TimeProvider is filled from DI).
            o.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:IdleTimeoutMinutes", 30));
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = RedirectToAccessDenied;
            o.Events.OnSignedIn = WritePreferredCulture;
            o.Events.OnValidatePrincipal = ValidateSecurityStampWhenDue;
        });
        services.AddPlatformAuthorization();
        return services;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.UseMiddleware<MandatoryStepsMiddleware>();
        app.MapLanguageSwitch();
        return app;
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    // Authorization runs before MandatoryStepsMiddleware, so a member without two-factor who opens a page for
    // personal data is refused here first: send them to enrolment rather than to a dead end.
    private static Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (!MandatorySteps.NeedsTwoFactor(context.HttpContext.User))
        {
            return ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        }

        if (MandatorySteps.IsApi(context.Request))
        {
            return MandatorySteps.WriteTwoFactorProblemAsync(context.HttpContext);
        }

        context.Response.Redirect(MandatorySteps.EnrolmentUrl(context.Request));
        return Task.CompletedTask;
    }

    // Identity's own handler builds its validator (a SignInManager, a UserManager and their store) on every request,
    // only to find the ticket too young to check: a few percent of a page's CPU. This asks the clock first, with the
    // validator's own rule and clock, and hands over only when a check is due.
    private static Task ValidateSecurityStampWhenDue(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is { } issued && now - issued <= options.ValidationInterval
            ? Task.CompletedTask
            : SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    // Identity rebuilds the principal from the database when it revalidates the security stamp and would drop
    // how the member signed in; without this, amr=mfa (and so the PersonalData policy) would vanish mid-session.
    private static Task KeepAuthenticationMethods(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
        {
            foreach (var claim in current.Claims.Where(c => c.Type is PlatformClaims.AuthenticationMethod or ClaimTypes.AuthenticationMethod))
            {
                if (!identity.HasClaim(claim.Type, claim.Value))
                {
                    identity.AddClaim(new Claim(claim.Type, claim.Value));
                }
            }
        }

        return Task.CompletedTask;
    }

    private static async Task WritePreferredCulture(CookieSignedInContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<Member>>();
        if (context.Principal is { } principal
            && await users.GetUserAsync(principal) is { } member
            && LocalizationSetup.IsSupported(member.PreferredLanguage))
        {
            CultureCookie.Write(context.HttpContext, member.PreferredLanguage, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>());
        }
    }
}
