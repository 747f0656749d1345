using System.ComponentModel.DataAnnotations;

namespace Platform.Web.Features.Accounts.TwoFactor;

public sealed class PasswordConfirmationInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";
}
