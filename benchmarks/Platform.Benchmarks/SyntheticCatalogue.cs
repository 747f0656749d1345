using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Benchmarks;

/// <summary>
/// Deterministic, realistic-looking intervention profiles: English text plus one or two translations from the
/// network's languages, random stages, offences, ages, tiers, adopters and a mix of TLP markings and drafts.
/// </summary>
internal static class SyntheticCatalogue
{
    public static readonly string[] Agencies = ["NL", "GB", "FI", "SE", "PT", "US", "BE", "DE", "FR", "ES", "NO", "DK", "IE"];

    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["en"] = ["young", "people", "first", "school", "lessons", "parents", "police", "programme", "career", "awareness", "coaching",
            "support", "online", "games", "friends", "teachers", "skills", "future", "choices", "risks", "community", "the", "and", "with",
            "for", "about", "their", "who", "help", "learn"],
        ["nl"] = ["jongeren", "daders", "aanvallen", "aanvaller", "hacken", "vaardigheden", "gamen", "ouders", "politie", "traject",
            "leerlingen", "school", "begeleiding", "waarschuwing", "booterdiensten", "coach", "loopbaan", "ethisch", "wijkagenten"],
        ["pt"] = ["jovens", "ataques", "informáticos", "prevenção", "escolas", "pais", "polícia", "programa", "competências", "carreira",
            "jogos", "mentoria", "aviso", "crime", "digital", "segurança"],
        ["de"] = ["Jugendliche", "Angriffe", "Täter", "Schulen", "Eltern", "Polizei", "Programm", "Fähigkeiten", "Sicherheit", "Beratung",
            "Warnung", "Spiele", "Berufsweg", "Straftaten"],
        ["fi"] = ["nuoret", "hyökkäykset", "rikos", "koulu", "vanhemmat", "poliisi", "ohjelma", "taidot", "tietoturva", "mentorointi"],
        ["sv"] = ["ungdomar", "attacker", "brott", "skolan", "föräldrar", "polisen", "programmet", "färdigheter", "säkerhet", "varning"],
        ["fr"] = ["jeunes", "attaques", "auteurs", "écoles", "parents", "police", "programme", "compétences", "sécurité", "prévention"],
        ["es"] = ["jóvenes", "ataques", "delitos", "escuelas", "padres", "policía", "programa", "habilidades", "seguridad", "prevención"],
    };

    // Topic words are rare on purpose: a profile is about two or three of them, as real ones are.
    private static readonly string[] Topics = ["ddos", "booter", "stresser", "hacking", "malware", "phishing", "cheats", "modding",
        "offenders", "diversion", "workshop", "mentoring", "restorative", "ethical", "capture-the-flag", "cybersecurity", "warning",
        "adverts", "accounts", "ransomware", "botnet", "fraud", "gaming", "deterrence", "hackathon"];

    private static readonly string[] Translations = ["nl", "pt", "de", "fi", "sv", "fr", "es"];

    public static (List<Intervention> Interventions, List<InterventionText> Texts) Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var interventions = new List<Intervention>(count);
        var texts = new List<InterventionText>();
        for (var n = 0; n < count; n++)
        {
            var owner = Agencies[random.Next(Agencies.Length)];
            string[] topics = [.. Enumerable.Range(0, 3).Select(_ => Topics[random.Next(Topics.Length)])];
            var minAge = random.Next(10, 20);
            var intervention = new Intervention
            {
                Slug = $"intervention-{n:00000}",
                Name = $"{Title(random, "en")} {topics[0]} {n}",
                OwnerAgencyCode = owner,
                Summary = Sentence(random, "en", 18, topics),
                Description = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Sentence(random, "en", 20, topics))),
                Stage = (PreventionStage)random.Next(3),
                MinAge = minAge,
                MaxAge = minAge + random.Next(2, 10),
                OffenceTypes = [.. Enum.GetValues<OffenceType>().Where(_ => random.NextDouble() < 0.3).DefaultIfEmpty(OffenceType.Other)],
                Mechanisms = [(Mechanism)random.Next(5)],
                BestEvidenceTier = (EvidenceTier)random.Next(7),
                AdoptingCountries = [.. Agencies.Where(a => a != owner && random.NextDouble() < 0.1)],
                Tlp = random.NextDouble() switch { < 0.2 => TlpMarking.Clear, < 0.85 => TlpMarking.Green, < 0.95 => TlpMarking.Amber, _ => TlpMarking.Red },
                ReleaseState = random.NextDouble() < 0.9 ? ReleaseState.Released : ReleaseState.NationalDraft,
                CreatedBy = "bench",
                LastEditedBy = "bench",
            };
            if (intervention.Tlp == TlpMarking.Amber)
            {
                intervention.AmberAgencyCodes = [Agencies[random.Next(Agencies.Length)]];
            }

            var languages = new List<string> { "en" };
            foreach (var language in Translations.Where(_ => random.NextDouble() < 0.2).Take(2))
            {
                languages.Add(language);
                texts.Add(new InterventionText
                {
                    InterventionId = intervention.Id,
                    Language = language,
                    Name = Title(random, language),
                    Summary = Sentence(random, language, 16),
                    Description = string.Join(' ', Enumerable.Range(0, 4).Select(_ => Sentence(random, language, 18))),
                });
            }

            intervention.Languages = languages;
            interventions.Add(intervention);
        }

        return (interventions, texts);
    }

    private static string Title(Random random, string language) =>
        string.Join(' ', Enumerable.Range(0, 3).Select(_ => Pick(random, language))).ToUpperInvariant()[..1]
        + string.Join(' ', Enumerable.Range(0, 3).Select(_ => Pick(random, language)))[1..];

    private static string Sentence(Random random, string language, int length, string[]? topics = null) =>
        string.Join(' ', Enumerable.Range(0, length).Select(_ =>
            topics is not null && random.NextDouble() < 0.15 ? topics[random.Next(topics.Length)] : Pick(random, language))) + ".";

    private static string Pick(Random random, string language) => Words[language][random.Next(Words[language].Length)];
}
