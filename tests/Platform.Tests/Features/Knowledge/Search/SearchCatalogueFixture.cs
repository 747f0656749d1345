using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Search;
using Platform.Web.Infrastructure.Sharing;
using static Platform.Tests.Features.Knowledge.Search.SearchTestData;

namespace Platform.Tests.Features.Knowledge.Search;

/// <summary>
/// A small catalogue of four agencies, indexed through the ordinary save path (the interceptor). NL and GB, PT
/// and DE share; DE also has a draft, an AMBER item for FI and a RED item for one member, none of which NL may see.
/// </summary>
public sealed class SearchCatalogueFixture : AppFactory
{
    public const string RedMemberId = "red-reader";

    public Intervention HackRight { get; } = Intervention("NL", "Hack_Right", "Alternative route for young hackers after a first offence.",
        PreventionStage.Tertiary, 12, 23, [OffenceType.Hacking, OffenceType.DdosForHire], EvidenceTier.Promising, ["nl", "en"], ["BE"]);

    public Intervention CyberChoices { get; } = Intervention("GB", "Cyber Choices", "Helping young people make informed choices about cyber attacks.",
        PreventionStage.Secondary, 11, 17, [OffenceType.DdosForHire, OffenceType.Hacking], EvidenceTier.Emerging, tlp: TlpMarking.Clear);

    public Intervention Ciberjovem { get; } = Intervention("PT", "Ciberjovem", "School lessons on computer crime.",
        PreventionStage.Primary, 14, 18, [OffenceType.Malware, OffenceType.PhishingFraud], EvidenceTier.Effective, ["pt"]);

    public Intervention DdosWorkshop { get; } = Intervention("DE", "First offender workshop", "Workshop for first offenders of DDoS attacks aged 14 to 18.",
        PreventionStage.Tertiary, 14, 18, [OffenceType.DdosForHire], EvidenceTier.Effective, ["de", "en"]);

    public Intervention BooterDeterrence { get; } = Intervention("DE", "Booter deterrence", "Adverts warning young adults who search for booter services.",
        PreventionStage.Tertiary, 19, 25, [OffenceType.DdosForHire], EvidenceTier.Promising);

    public Intervention GermanDraft { get; } = Intervention("DE", "Secret pilot", "Unreleased DDoS pilot for first offenders.",
        PreventionStage.Tertiary, 14, 18, [OffenceType.DdosForHire, OffenceType.AccountTheft], EvidenceTier.Effective, ["de"], ["SE"], state: ReleaseState.NationalDraft);

    public Intervention GermanAmber { get; } = Intervention("DE", "Amber exchange", "DDoS diversion shared with Finland only.",
        PreventionStage.Tertiary, 14, 18, [OffenceType.DdosForHire, OffenceType.AccountTheft], EvidenceTier.Effective, ["de"], ["SE"], TlpMarking.Amber);

    public Intervention GermanRed { get; } = Intervention("DE", "Red exchange", "DDoS diversion shared with one person only.",
        PreventionStage.Tertiary, 14, 18, [OffenceType.DdosForHire, OffenceType.AccountTheft], EvidenceTier.Effective, ["de"], ["SE"], TlpMarking.Red);

    public Intervention DutchDraft { get; } = Intervention("NL", "Concept leerlijn", "Draft lesson series on gaming and hacking.",
        PreventionStage.Primary, 10, 14, [OffenceType.CheatingModding], state: ReleaseState.NationalDraft);

    public KnowledgeDocument DutchManual { get; } = Document("NL", "Handleiding wijkagenten", "nl",
        "Deze handleiding helpt wijkagenten om jongeren die booterdiensten gebruiken aan te spreken.");

    public KnowledgeDocument GermanSecretDocument { get; } = Document("DE", "Interner Bericht", "de",
        "Geheimer Bericht über booterdiensten und Stresser.", state: ReleaseState.NationalDraft);

    public ShareViewer Dutch { get; } = new("nl-officer", "NL");

    public ShareViewer German { get; } = new("de-officer", "DE");

    public ShareViewer Finnish { get; } = new("fi-officer", "FI");

    public ShareViewer Partner { get; } = new("partner-member", null);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var code in new[] { "NL", "GB", "PT", "DE", "FI", "BE", "SE" })
        {
            await this.EnsureAgencyAsync(code);
        }

        GermanAmber.AmberAgencyCodes.Add("FI");
        GermanRed.RedMemberIds.Add(RedMemberId);
        await WithSystemDbAsync(async db =>
        {
            db.Interventions.AddRange(HackRight, CyberChoices, Ciberjovem, DdosWorkshop, BooterDeterrence, GermanDraft, GermanAmber, GermanRed, DutchDraft);
            db.InterventionTexts.Add(new InterventionText
            {
                InterventionId = HackRight.Id, Language = "nl", Name = "Hack_Right",
                Summary = "Een alternatief traject voor jonge daders van hacken en DDoS-aanvallen.",
                Description = "Elke aanvaller krijgt een persoonlijke coach en een leertraject.",
            });
            db.InterventionTexts.Add(new InterventionText
            {
                InterventionId = Ciberjovem.Id, Language = "pt", Name = "Ciberjovem",
                Summary = "Prevenção de ataques informáticos por jovens nas escolas.",
            });
            db.KnowledgeDocuments.AddRange(DutchManual, GermanSecretDocument);
            await db.SaveChangesAsync();
        });
    }

    public Task<KnowledgeSearchResult> SearchAsync(KnowledgeQuery query, ShareViewer viewer) =>
        WithScopeAsync(sp => sp.GetRequiredService<IKnowledgeSearch>().SearchAsync(query, viewer, TestContext.Current.CancellationToken));
}
