using System.ComponentModel.DataAnnotations;
using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Records;

public sealed class OperationInput
{
    [Required(ErrorMessage = "Enter the operation code.")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$", ErrorMessage = "Use 2 to 40 letters, digits, dots, dashes or underscores for the code.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the name of the operation.")]
    [StringLength(200, ErrorMessage = "The name can be at most 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the seized service.")]
    [StringLength(200, ErrorMessage = "The service can be at most 200 characters.")]
    public string TargetService { get; set; } = "";

    public ServiceType ServiceType { get; set; } = ServiceType.DdosForHire;

    [Required(ErrorMessage = "Record the legal basis for processing and sharing the seized data.")]
    [StringLength(4000, ErrorMessage = "The legal basis note can be at most 4000 characters.")]
    public string LegalBasisNote { get; set; } = "";

    public DateOnly? TakedownDate { get; set; }

    public DateOnly? DataSeizedOn { get; set; }

    /// <summary>Country codes of the other participating agencies; the coordinator's own agency is always added.</summary>
    public List<string> Participants { get; set; } = [];
}

public sealed record OperationSummary(
    Guid Id, string Code, string Name, string TargetService, ServiceType ServiceType, string CoordinatingAgencyCode,
    DateOnly? TakedownDate, OperationStatus Status, IReadOnlyList<string> Participants);

public sealed record OperationView(
    Guid Id, string Code, string Name, string TargetService, ServiceType ServiceType, string CoordinatingAgencyCode,
    string LegalBasisNote, DateOnly? TakedownDate, DateOnly? DataSeizedOn, OperationStatus Status, DateTimeOffset CreatedAt,
    IReadOnlyList<string> Participants)
{
    public static OperationView From(Operation o) => new(
        o.Id, o.Code, o.Name, o.TargetService, o.ServiceType, o.CoordinatingAgencyCode, o.LegalBasisNote, o.TakedownDate,
        o.DataSeizedOn, o.Status, o.CreatedAt, o.Participants.Select(p => p.AgencyCode).Order(StringComparer.Ordinal).ToList());
}
