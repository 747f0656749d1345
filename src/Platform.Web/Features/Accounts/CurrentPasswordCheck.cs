using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Accounts;

/// <summary>Re-confirms the signed-in member's password before a sensitive change (field Input.CurrentPassword).</summary>
internal static class CurrentPasswordCheck
{
    // Checked through the sign-in manager so that guessing here counts towards lockout.
    public static async Task<bool> ConfirmAsync(
        SignInManager<Member> signInManager,
        Member member,
        string password,
        ModelStateDictionary modelState,
        IStringLocalizer localizer,
        string wrongPasswordMessage)
    {
        var check = await signInManager.CheckPasswordSignInAsync(member, password, lockoutOnFailure: true);
        if (check.Succeeded)
        {
            return true;
        }

        modelState.AddModelError("Input.CurrentPassword", check.IsLockedOut ? SignInModel.LockedOutMessage(localizer) : wrongPasswordMessage);
        return false;
    }
}
