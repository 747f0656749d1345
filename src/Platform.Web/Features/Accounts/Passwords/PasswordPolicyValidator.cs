using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Accounts.Passwords;

/// <summary>
/// NIST SP 800-63B memorised-secret rules on top of Identity's minimum length: at most
/// <see cref="MaximumLength"/> characters, not a known breached password, and no context-specific words
/// (the member's email name, display name, or the service name). No composition rules.
/// </summary>
public sealed class PasswordPolicyValidator(BreachedPasswordList breached, IStringLocalizer<SharedResource> localizer)
    : IPasswordValidator<Member>
{
    public const int MaximumLength = 128;

    private const int MinimumContextWordLength = 3;
    private static readonly string[] ServiceWords = ["intercop"];

    public Task<IdentityResult> ValidateAsync(UserManager<Member> manager, Member user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (password.Length > MaximumLength)
        {
            errors.Add(Error("PasswordTooLong", localizer["Use at most {0} characters.", MaximumLength]));
        }

        if (breached.Contains(password))
        {
            errors.Add(Error("PasswordBreached", localizer["This password appears in lists of passwords exposed in data breaches, so attackers try it first. Choose another one, for example a few unrelated words."]));
        }
        else if (ContainsContextWord(password, user))
        {
            errors.Add(Error("PasswordContainsName", localizer["The password must not contain your name, your email address or the name of this service."]));
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static bool ContainsContextWord(string password, Member user)
    {
        var normalised = Normalise(password);
        var localPart = user.Email is { } email && email.IndexOf('@', StringComparison.Ordinal) is var at and > 0 ? email[..at] : user.Email;
        return new[] { localPart, user.DisplayName }
            .Concat(ServiceWords)
            .Select(Normalise)
            .Any(word => word.Length >= MinimumContextWordLength && normalised.Contains(word, StringComparison.Ordinal));
    }

    // Compares letters and digits only, so "Anna.de.Vries" also catches "annadevries" and "anna de vries".
    private static string Normalise(string? value) =>
        string.Concat((value ?? "").ToLowerInvariant().Where(char.IsLetterOrDigit));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
