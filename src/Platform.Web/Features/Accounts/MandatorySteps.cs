using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Accounts;

/// <summary>
/// Steps a signed-in member must complete before using the platform: two-factor enrolment for roles that reach
/// personal data, then acceptance of the current terms of use. Enforced by <see cref="MandatoryStepsMiddleware"/>
/// for every page and API call, except the pages needed to complete them.
/// </summary>
public static class MandatorySteps
{
    public const string EnablePath = "/Accounts/TwoFactor/Enable";
    public const string AcceptTermsPath = "/Accounts/AcceptTerms";

    // Pages a member can always reach: signing in and out, reading the terms, switching language, errors.
    private static readonly string[] AlwaysOpen =
    [
        "/Accounts/SignIn", "/Accounts/SignInTwoFactor", "/Accounts/SignInRecoveryCode", "/Accounts/SignOut",
        "/Accounts/Terms", "/Accounts/Language", "/Accounts/AccessDenied",
        "/css", "/js", "/lib", "/favicon.ico", "/health", "/Error",
    ];

    private static readonly string[] OpenForEnrolment = [EnablePath, "/Accounts/TwoFactor/RecoveryCodes"];

    private static readonly string[] OpenForTerms = [AcceptTermsPath, "/Accounts/TwoFactor"];

    /// <summary>Cookie sessions only: API keys are machine credentials with their own scopes.</summary>
    public static bool IsMemberSession(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true } identity && identity.AuthenticationType == IdentityConstants.ApplicationScheme;

    public static bool NeedsTwoFactor(ClaimsPrincipal user) =>
        IsMemberSession(user)
        && Roles.WithPersonalData.Any(user.IsInRole)
        && !user.HasClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor);

    public static bool NeedsTerms(ClaimsPrincipal user) =>
        IsMemberSession(user)
        && !TermsOfUse.IsAccepted(int.TryParse(user.FindFirstValue(PlatformClaims.TermsVersion), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null);

    internal static bool IsOpenForTwoFactor(PathString path) => Matches(path, AlwaysOpen) || Matches(path, OpenForEnrolment);

    internal static bool IsOpenForTerms(PathString path) => Matches(path, AlwaysOpen) || Matches(path, OpenForTerms);

    internal static string EnrolmentUrl(HttpRequest request) =>
        $"{EnablePath}?returnUrl={Uri.EscapeDataString(ReturnUrls.Current(request))}";

    internal static string AcceptTermsUrl(HttpRequest request) =>
        $"{AcceptTermsPath}?returnUrl={Uri.EscapeDataString(ReturnUrls.Current(request))}";

    internal static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    internal static Task WriteTwoFactorProblemAsync(HttpContext context) =>
        TypedResults.Problem(
            title: "Two-factor authentication required",
            detail: $"Your role reaches personal data: set up two-factor authentication at {EnablePath} and sign in with it, or use an API key.",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);

    internal static Task WriteTermsProblemAsync(HttpContext context) =>
        TypedResults.Problem(
            title: "Terms of use not accepted",
            detail: $"Accept the current terms of use at {AcceptTermsPath} first.",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);

    private static bool Matches(PathString path, string[] prefixes) =>
        prefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
