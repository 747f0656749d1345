namespace Platform.Web.Infrastructure.Tenancy;

public sealed class CrossAgencyWriteException(string entityType, string recordAgency, string? currentAgency)
    : InvalidOperationException($"Refused to write {entityType} of agency '{recordAgency}' in the scope of agency '{currentAgency ?? "(none)"}'.");
