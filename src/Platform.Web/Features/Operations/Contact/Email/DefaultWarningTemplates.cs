namespace Platform.Web.Features.Operations.Contact.Email;

/// <summary>
/// Built-in warning texts (research §4): you were identified through the named service; this is illegal under the
/// national statute; what a conviction means; no prosecution this time; positive alternatives; who to talk to. The
/// framing is social and reorienting rather than threatening (Moneva 2022). Each agency edits its own copy.
/// </summary>
public static class DefaultWarningTemplates
{
    public sealed record Text(string Subject, string Body);

    public static Text For(string language) => language switch
    {
        "nl" => Dutch,
        "fi" => Finnish,
        "sv" => Swedish,
        "pt" => Portuguese,
        _ => English,
    };

    private static readonly Text English = new(
        "About your account on {service}",
        """
        Hello,

        Police took the service {service} offline in operation {operation} and seized its data. Your account "{username}" is in that data.

        Launching or paying for attacks that knock websites, games or networks offline is a crime (in the United Kingdom: Computer Misuse Act 1990, section 3). It can lead to a criminal record, the seizure of your computer and phone, a fine or prison, and claims for the damage caused to victims. Behind every attacked server are real people: gamers, small businesses, schools.

        We are not prosecuting you this time. This message is your chance to stop. If your account shows up again in a service like this, we will treat it as a criminal case.

        Your skills are worth a lot. Many people who started like this now work in cyber security. Look at ethical hacking challenges, bug bounty programmes and Cyber Choices (www.cyberchoices.uk) to put them to legal use.

        Questions, or think this is a mistake? Contact us: {contact}

        Prevention team
        """);

    private static readonly Text Dutch = new(
        "Over je account op {service}",
        """
        Hallo,

        De politie heeft de dienst {service} in operatie {operation} offline gehaald en de gegevens in beslag genomen. Jouw account "{username}" staat in die gegevens.

        Aanvallen uitvoeren of betalen die websites, games of netwerken platleggen is strafbaar (artikel 138b en 161sexies van het Wetboek van Strafrecht). Het kan leiden tot een strafblad, inbeslagname van je computer en telefoon, een boete of gevangenisstraf, en schadeclaims van slachtoffers. Achter elke aangevallen server zitten echte mensen: gamers, kleine bedrijven, scholen.

        We vervolgen je deze keer niet. Dit bericht is je kans om te stoppen. Duikt je account opnieuw op bij zo'n dienst, dan behandelen we het als strafzaak.

        Je kennis is veel waard. Veel mensen die zo begonnen, werken nu in de cybersecurity. Kijk op politie.nl/changeyourgame, doe mee aan ethical hacking-uitdagingen of vraag naar Hack_Right.

        Vragen, of denk je dat dit een vergissing is? Neem contact op: {contact}

        Team preventie
        """);

    private static readonly Text Finnish = new(
        "Käyttäjätilistäsi palvelussa {service}",
        """
        Hei,

        Poliisi sulki palvelun {service} operaatiossa {operation} ja takavarikoi sen tiedot. Käyttäjätilisi "{username}" on näissä tiedoissa.

        Verkkosivujen, pelien tai verkkojen kaatamiseen tähtäävien hyökkäysten tekeminen tai niistä maksaminen on rikos (rikoslaki 38 luku 5 § ja 7 a §). Siitä voi seurata merkintä rikosrekisteriin, tietokoneen ja puhelimen takavarikko, sakko tai vankeutta sekä vahingonkorvaukset uhreille. Jokaisen hyökkäyksen kohteena on oikeita ihmisiä: pelaajia, pienyrityksiä, kouluja.

        Tällä kertaa sinua ei aseteta syytteeseen. Tämä viesti on tilaisuutesi lopettaa. Jos tilisi löytyy uudelleen vastaavasta palvelusta, asia käsitellään rikosasiana.

        Osaamisesi on arvokasta. Moni samoin aloittanut työskentelee nyt kyberturvallisuuden parissa. Tutustu eettisen hakkeroinnin haasteisiin ja bug bounty -ohjelmiin.

        Kysyttävää, tai onko kyseessä mielestäsi virhe? Ota yhteyttä: {contact}

        Ennaltaehkäisytiimi
        """);

    private static readonly Text Swedish = new(
        "Om ditt konto på {service}",
        """
        Hej,

        Polisen stängde tjänsten {service} i operation {operation} och tog dess data i beslag. Ditt konto "{username}" finns i dessa data.

        Att utföra eller betala för attacker som slår ut webbplatser, spel eller nätverk är ett brott (dataintrång, 4 kap. 9 c § brottsbalken). Det kan leda till en anteckning i belastningsregistret, beslag av dator och telefon, böter eller fängelse och skadestånd till offren. Bakom varje attackerad server finns riktiga människor: spelare, småföretag, skolor.

        Vi åtalar dig inte den här gången. Det här meddelandet är din chans att sluta. Dyker ditt konto upp igen i en sådan tjänst behandlar vi det som ett brottmål.

        Dina kunskaper är värdefulla. Många som började så arbetar i dag med cybersäkerhet. Prova etiska hackningsutmaningar och bug bounty-program.

        Frågor, eller tror du att det är ett misstag? Kontakta oss: {contact}

        Förebyggandeteamet
        """);

    private static readonly Text Portuguese = new(
        "Sobre a sua conta em {service}",
        """
        Olá,

        A polícia desativou o serviço {service} na operação {operation} e apreendeu os seus dados. A sua conta "{username}" consta desses dados.

        Lançar ou pagar ataques que deitam abaixo sites, jogos ou redes é crime (Lei do Cibercrime, Lei n.º 109/2009, artigo 5.º, sabotagem informática). Pode levar a registo criminal, apreensão do computador e do telemóvel, multa ou prisão e pedidos de indemnização das vítimas. Por trás de cada servidor atacado há pessoas reais: jogadores, pequenas empresas, escolas.

        Desta vez não vamos instaurar um processo. Esta mensagem é a sua oportunidade de parar. Se a sua conta voltar a aparecer num serviço deste tipo, o caso será tratado como processo-crime.

        As suas competências valem muito. Muitas pessoas que começaram assim trabalham hoje em cibersegurança. Experimente desafios de hacking ético e programas de bug bounty.

        Dúvidas, ou acha que se trata de um erro? Contacte-nos: {contact}

        Equipa de prevenção
        """);
}
