using System.Text.Json;

namespace Platform.Web.Features.Cases.Programmes;

/// <summary>The file form of a package version: what is shipped (Packages/*.json), uploaded and downloaded.</summary>
public sealed class ProgrammePackageFile
{
    public string Key { get; set; } = "";

    public int Version { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string? SourceInterventionSlug { get; set; }

    public string? OwnerAgencyCode { get; set; }

    public ProgrammeDefinition? Definition { get; set; }

    public static (ProgrammePackageFile? File, IReadOnlyList<string> Errors) Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, ["The package is empty."]);
        }

        ProgrammePackageFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ProgrammePackageFile>(json, ProgrammeDefinitionValidator.Json);
        }
        catch (JsonException e)
        {
            return (null, [$"The package is not valid JSON: {e.Message}"]);
        }

        if (file is null)
        {
            return (null, ["The package is empty."]);
        }

        var errors = new List<string>();
        if (!System.Text.RegularExpressions.Regex.IsMatch(file.Key ?? "", "^[a-z0-9][a-z0-9-]{1,59}$"))
        {
            errors.Add("key must be lower-case letters, digits and hyphens, e.g. \"hack-right\".");
        }

        if (file.Version < 1)
        {
            errors.Add("version must be 1 or higher.");
        }

        if (string.IsNullOrWhiteSpace(file.Name) || file.Name.Length > 200)
        {
            errors.Add("name is required (at most 200 characters).");
        }

        if (string.IsNullOrWhiteSpace(file.Description) || file.Description.Length > 4000)
        {
            errors.Add("description is required (at most 4000 characters).");
        }

        if (file.Definition is null)
        {
            errors.Add("definition is required.");
        }
        else
        {
            errors.AddRange(ProgrammeDefinitionValidator.Validate(file.Definition));
        }

        return (errors.Count == 0 ? file : null, errors);
    }

    public string DefinitionJson() => JsonSerializer.Serialize(Definition, ProgrammeDefinitionValidator.Json);

    public static string ToJson(ProgrammePackage package) => JsonSerializer.Serialize(new ProgrammePackageFile
    {
        Key = package.Key,
        Version = package.Version,
        Name = package.Name,
        Description = package.Description,
        SourceInterventionSlug = package.SourceInterventionSlug,
        OwnerAgencyCode = package.OwnerAgencyCode,
        Definition = JsonSerializer.Deserialize<ProgrammeDefinition>(package.DefinitionJson, ProgrammeDefinitionValidator.Json),
    }, ProgrammeDefinitionValidator.Json);
}
