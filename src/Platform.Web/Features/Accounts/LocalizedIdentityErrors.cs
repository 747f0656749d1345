using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Platform.Web.Features.Accounts;

/// <summary>
/// Identity's own messages in the member's language, for the errors a member can meet on the account pages
/// (password length, duplicate address). Composition rules are off (see AccountsModule), so their messages never show.
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), localizer["Something went wrong. Please try again."]);

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), localizer["Someone else changed this account at the same time. Please try again."]);

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), localizer["The password is not correct."]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), localizer["Use at least {0} characters.", length]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), localizer["Enter a valid email address."]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), localizer["Enter a valid email address."]);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), localizer["An account with this email address already exists."]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), localizer["An account with this email address already exists."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
