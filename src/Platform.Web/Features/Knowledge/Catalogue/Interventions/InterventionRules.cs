using System.Globalization;
using System.Net.Mail;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>Validation of a profile (one rule set for API and pages) and copying it onto the entity.</summary>
public static class InterventionRules
{
    public const int MaxAgeLimit = 99;

    private static readonly HashSet<string> IsoLanguages = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.TwoLetterISOLanguageName)
        .Where(c => c.Length == 2)
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsLanguageCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterLower) && IsoLanguages.Contains(code);

    /// <summary>Trims the input, drops blank rows and duplicate list values, then checks it. Errors are keyed by input property.</summary>
    public static Dictionary<string, string[]> Check(InterventionInput input, DateOnly today)
    {
        Normalise(input);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        Text(nameof(input.Name), input.Name, 150, "Enter the name of the intervention.", Add);
        Text(nameof(input.Summary), input.Summary, 2000, "Enter a short summary.", Add);
        Text(nameof(input.Description), input.Description, 20000, null, Add);
        Text(nameof(input.CostNote), input.CostNote, 1000, null, Add);
        Text(nameof(input.PartnersNeeded), input.PartnersNeeded, 2000, null, Add);
        Text(nameof(input.ContactName), input.ContactName, 150, null, Add);
        if (!Enum.IsDefined(input.Stage)) { Add(nameof(input.Stage), "Choose a prevention stage."); }
        if (!Enum.IsDefined(input.Focus)) { Add(nameof(input.Focus), "Choose the focus."); }
        if (input.MinAge is < 0 or > MaxAgeLimit) { Add(nameof(input.MinAge), "Enter a youngest age between 0 and 99."); }
        if (input.MaxAge is < 0 or > MaxAgeLimit) { Add(nameof(input.MaxAge), "Enter an oldest age between 0 and 99."); }
        else if (input.MaxAge < input.MinAge) { Add(nameof(input.MaxAge), "The oldest age must not be below the youngest age."); }
        if (input.OffenceTypes.Any(o => !Enum.IsDefined(o))) { Add(nameof(input.OffenceTypes), "Choose offence types from the list."); }
        if (input.Mechanisms.Any(m => !Enum.IsDefined(m))) { Add(nameof(input.Mechanisms), "Choose mechanisms from the list."); }
        if (input.DeliveryFormats.Count == 0) { Add(nameof(input.DeliveryFormats), "Choose at least one delivery format."); }
        else if (input.DeliveryFormats.Any(f => !Enum.IsDefined(f))) { Add(nameof(input.DeliveryFormats), "Choose delivery formats from the list."); }
        if (input.DosageSessions is < 0 or > 1000) { Add(nameof(input.DosageSessions), "Enter a number of sessions between 0 and 1000."); }
        if (input.DosageHours is < 0 or > 10000) { Add(nameof(input.DosageHours), "Enter a number of hours between 0 and 10000."); }
        if (input.DosageWeeks is < 0 or > 520) { Add(nameof(input.DosageWeeks), "Enter a number of weeks between 0 and 520."); }
        if (input.CostPerParticipantEur is < 0 or > 1_000_000) { Add(nameof(input.CostPerParticipantEur), "Enter a cost per participant between 0 and 1,000,000 euros."); }
        if (input.Languages.Count == 0) { Add(nameof(input.Languages), "Enter at least one language the materials exist in."); }
        else if (input.Languages.Any(l => !IsLanguageCode(l))) { Add(nameof(input.Languages), "Enter languages as two-letter ISO 639-1 codes, such as en, nl or pt, separated by commas."); }
        if (input.ContactEmail.Length > 0 && !IsEmail(input.ContactEmail)) { Add(nameof(input.ContactEmail), "Enter a contact email address like name@example.org."); }
        if (input.ContactUrl.Length > 0 && !IsWebAddress(input.ContactUrl)) { Add(nameof(input.ContactUrl), "Enter the contact page as a full web address starting with https://."); }
        if (input.Website.Length > 0 && !IsWebAddress(input.Website)) { Add(nameof(input.Website), "Enter the website as a full web address starting with https://."); }
        CheckRows(input, today, Add);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void CheckRows(InterventionInput input, DateOnly today, Action<string, string> add)
    {
        for (var i = 0; i < input.Components.Count; i++)
        {
            var c = input.Components[i];
            var key = $"{nameof(input.Components)}[{i}]";
            Text($"{key}.{nameof(c.Name)}", c.Name, 150, "Enter the name of this component.", add);
            Text($"{key}.{nameof(c.Description)}", c.Description, 2000, null, add);
            if (c.PlannedSessions is < 0 or > 1000) { add($"{key}.{nameof(c.PlannedSessions)}", "Enter a number of sessions between 0 and 1000."); }
            if (c.PlannedHours is < 0 or > 10000) { add($"{key}.{nameof(c.PlannedHours)}", "Enter a number of hours between 0 and 10000."); }
        }

        for (var i = 0; i < input.Staffing.Count; i++)
        {
            var s = input.Staffing[i];
            var key = $"{nameof(input.Staffing)}[{i}]";
            Text($"{key}.{nameof(s.Role)}", s.Role, 150, "Enter the role.", add);
            Text($"{key}.{nameof(s.TimeNote)}", s.TimeNote, 300, null, add);
            if (s.Fte is < 0 or > 100) { add($"{key}.{nameof(s.Fte)}", "Enter full-time equivalents between 0 and 100."); }
        }

        for (var i = 0; i < input.Sources.Count; i++)
        {
            var s = input.Sources[i];
            var key = $"{nameof(input.Sources)}[{i}]";
            Text($"{key}.{nameof(s.Title)}", s.Title, 300, "Enter the title of the source.", add);
            if (!IsWebAddress(s.Url)) { add($"{key}.{nameof(s.Url)}", "Enter the source as a full web address starting with https://."); }
            if (s.AccessedOn > today) { add($"{key}.{nameof(s.AccessedOn)}", "The date you read the source cannot be in the future."); }
        }
    }

    private static void Normalise(InterventionInput input)
    {
        input.Name = input.Name?.Trim() ?? "";
        input.Summary = input.Summary?.Trim() ?? "";
        input.Description = input.Description?.Trim() ?? "";
        input.CostNote = input.CostNote?.Trim() ?? "";
        input.PartnersNeeded = input.PartnersNeeded?.Trim() ?? "";
        input.ContactName = input.ContactName?.Trim() ?? "";
        input.ContactEmail = input.ContactEmail?.Trim() ?? "";
        input.ContactUrl = input.ContactUrl?.Trim() ?? "";
        input.Website = input.Website?.Trim() ?? "";
        input.OffenceTypes = [.. (input.OffenceTypes ?? []).Distinct()];
        input.Mechanisms = [.. (input.Mechanisms ?? []).Distinct()];
        input.DeliveryFormats = [.. (input.DeliveryFormats ?? []).Distinct()];
        input.Languages = [.. (input.Languages ?? []).Select(l => l?.Trim().ToLowerInvariant() ?? "").Where(l => l.Length > 0).Distinct()];
        input.Components = [.. (input.Components ?? []).Where(c => c is not null && !c.IsBlank)];
        input.Staffing = [.. (input.Staffing ?? []).Where(s => s is not null && !s.IsBlank)];
        input.Sources = [.. (input.Sources ?? []).Where(s => s is not null && !s.IsBlank)];
        foreach (var c in input.Components) { c.Name = c.Name?.Trim() ?? ""; c.Description = c.Description?.Trim() ?? ""; }
        foreach (var s in input.Staffing) { s.Role = s.Role?.Trim() ?? ""; s.TimeNote = s.TimeNote?.Trim() ?? ""; }
        foreach (var s in input.Sources) { s.Title = s.Title?.Trim() ?? ""; s.Url = s.Url?.Trim() ?? ""; }
    }

    private static void Text(string field, string value, int max, string? requiredMessage, Action<string, string> add)
    {
        if (requiredMessage is not null && value.Length == 0)
        {
            add(field, requiredMessage);
        }
        else if (value.Length > max)
        {
            add(field, $"Use at most {max} characters.");
        }
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && value.Length <= 500;

    private static bool IsEmail(string value) => value.Length <= 254 && MailAddress.TryCreate(value, out var address) && address.Address == value;
}
