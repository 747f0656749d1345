using System.ComponentModel.DataAnnotations;

namespace Platform.Web.Features.Network.Teams;

public sealed class TeamInput
{
    [Required(ErrorMessage = "Enter the team name.")]
    [StringLength(150, ErrorMessage = "The team name can be at most 150 characters.")]
    [Display(Name = "Team name")]
    public string Name { get; set; } = "";

    [StringLength(1000, ErrorMessage = "The description can be at most 1000 characters.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }
}

public sealed record TeamRow(Guid Id, string Name, string? Description, int MemberCount);

public sealed record TeamChoice(Guid Id, string Name);
