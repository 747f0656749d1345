namespace Platform.Web.Features.Knowledge.Events.Demo;

/// <summary>
/// The kick-off conference holds only published facts; its times of day are placeholders (the sources give dates
/// only) and say so. The 2027 items are fictional and labelled "(demo)".
/// </summary>
internal static class DemoEvents
{
    private const string Lisbon = "Europe/Lisbon";
    private const string CreatedBy = "demo-seed";

    private const string Sources = """
        Sources:
        - Politie (NL), 15 June 2023: https://www.politie.nl/nieuws/2023/juni/15/11-nederland-lanceert-internationaal-netwerk-voor-daderpreventie-cybercrime-intercop.html
        - U.S. Immigration and Customs Enforcement (HSI): https://ice.gov/news/releases/hsi-represents-us-inaugural-international-cybercrime-offender-prevention-conference
        - Crime Research: https://www.crime-research.org/news/05.12.2023/4129/
        """;

    public static IEnumerable<KnowledgeEvent> All(IReadOnlySet<string> agencies)
    {
        var conference = Event(EventKind.Conference, "InterCOP kick-off conference", "NL", At(2023, 6, 14, 9), At(2023, 6, 15, 17), Lisbon,
            $"""
            Kick-off of InterCOP, the International Cyber Offender Prevention network, in Lisbon on 14 and 15 June 2023. Organised by the Dutch police Cyber Offender Prevention Squad (COPS) and hosted by the Portuguese Polícia Judiciária. The U.S. HSI release counts 50 delegates from 25 nations. On 15 June the network declared the annual Cyber Offender Prevention Day and ran its first joint prevention action.

            The times of day shown here are placeholders: the sources give the dates only.

            {Sources}
            """);
        conference.HostName = "Polícia Judiciária (Portugal)";
        conference.Venue = "Lisbon, Portugal";
        conference.Topics = ["InterCOP", "conference", "Cyber Offender Prevention Day"];
        conference.Speakers = [new EventSpeaker { Name = "Dutch police COPS team", Role = "Organiser" }];
        yield return conference;

        (string Title, string Topic)[] sessions =
        [
            ("Pathways into cybercrime", "pathways"),
            ("Educational games in preventing cybercrime", "games"),
            ("Online policing and web patrolling", "online policing"),
            ("The role of social media", "social media"),
        ];
        var start = At(2023, 6, 14, 9);
        foreach (var (title, topic) in sessions)
        {
            var session = Event(EventKind.Session, title, "NL", start, start.AddHours(1.5), Lisbon,
                $"A topic of the kick-off conference according to the U.S. HSI release; the time of day is a placeholder.\n\n{Sources}");
            session.ParentId = conference.Id;
            session.Topics = [topic];
            yield return session;
            start = start.AddHours(2);
        }

        var action = Event(EventKind.Session, "First joint prevention action: Cyber Offender Prevention Day", "NL", At(2023, 6, 15, 9), At(2023, 6, 15, 17), Lisbon,
            $"On 15 June 2023 the delegates declared the annual Cyber Offender Prevention Day and ran the network's first joint prevention intervention on several social-media platforms.\n\n{Sources}");
        action.ParentId = conference.Id;
        action.Topics = ["Cyber Offender Prevention Day", "social media"];
        yield return action;

        if (agencies.Contains("GB"))
        {
            var webinar = Event(EventKind.Webinar, "Measuring a diversion programme (demo)", "GB", At(2027, 3, 10, 14, "Europe/London"), At(2027, 3, 10, 15, "Europe/London"), "Europe/London",
                "A fictional demo webinar: how a team could set up a simple before-and-after measurement for a diversion programme. Shows registration with a waiting list.");
            webinar.OnlineUrl = "https://meet.example.org/intercop-demo-diversion";
            webinar.Capacity = 30;
            webinar.RegistrationDeadline = At(2027, 3, 9, 17, "Europe/London");
            webinar.Topics = ["evaluation", "diversion"];
            webinar.Speakers = [new EventSpeaker { Name = "Demo speaker (fictional)", Organisation = "Demo agency", Role = "Prevention officer" }];
            yield return webinar;
        }

        if (agencies.Contains("FI"))
        {
            var workshop = Event(EventKind.Workshop, "Translating campaign kits together (demo)", "FI", At(2027, 4, 20, 10, "Europe/Helsinki"), At(2027, 4, 20, 12, "Europe/Helsinki"), "Europe/Helsinki",
                "A fictional demo workshop with only three seats, to show the waiting list.");
            workshop.OnlineUrl = "https://meet.example.org/intercop-demo-translation";
            workshop.Capacity = 3;
            workshop.Language = "en";
            workshop.Topics = ["campaigns", "translation"];
            yield return workshop;
        }
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, string zone = Lisbon) =>
        EventRules.ToInstant(new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified), zone);

    private static KnowledgeEvent Event(EventKind kind, string title, string organiser, DateTimeOffset start, DateTimeOffset end, string zone, string description) => new()
    {
        Kind = kind,
        Title = title,
        OrganiserAgencyCode = organiser,
        StartsAt = start,
        EndsAt = end,
        TimeZone = zone,
        Description = description.Trim(),
        CreatedBy = CreatedBy,
    };
}
