"""A representative session for slide tests, built with the dataclasses.

Long Danish titles, every slide kind, five platforms with figures of different
measures and units, blocks with and without slides. The seed session replaces
it in the tests once the loader and the seed file are on main (see
conftest.py's `deck_session` fixture).
"""
from __future__ import annotations

from facilitator.core.session.model import (
    Block, BlockKind, Exercise, Facilitator, Figure, JourneyPhase, JourneyTemplate,
    Phase, Platform, Ranking, RankItem, Session, Slide, TemplateTouchpoint,
)

M = "millioner"


def _fig(value, unit, label, measure, source, when=""):
    return Figure(value=value, unit=unit, label=label, measure=measure, source=source, when=when)


def platforms() -> list[Platform]:
    return [
        Platform(
            id="facebook", name="Facebook", url="www.facebook.com",
            about=["Verdens største sociale netværk.",
                   "Hold dig opdateret med dine venners gøren og laden; del billeder, videoer og links.",
                   "Chat, e-mail, sms og debat. Grupper, sider og begivenheder."],
            figures=[_fig(400, M, "brugere", "brugere globalt", "Facebook", "februar 2010"),
                     _fig(200, M, "logger på hver dag", "daglige brugere globalt", "Facebook"),
                     _fig(55, "minutter", "om dagen for gennemsnitsbrugeren", "tid per bruger per dag",
                          "Facebook")],
            synergies=["Facebook fanbox", "Facebook Connect", "Facebook som primær hjemmeside"],
        ),
        Platform(
            id="youtube", name="YouTube", url="www.youtube.com",
            about=["Verdens største videodelingssite.",
                   "Del, se, bedøm og kommentér videoer; kanaler med indhold af privat, social og "
                   "faglig karakter."],
            figures=[_fig(120, M, "seere", "brugere i USA", "ComScore", "juli 2009"),
                     _fig(8.9, "milliarder", "videoer set", "videovisninger i USA", "ComScore",
                          "juli 2009"),
                     _fig(20, "timer", "video uploades hvert minut", "upload per minut", "YouTube")],
            synergies=["’Embed’ video", "Lav web-tv-kanal på eget site"],
        ),
        Platform(
            id="twitter", name="Twitter", url="www.twitter.com",
            about=["Massekommunikation på 140 tegn.", "Socialt netværk og microblog."],
            figures=[_fig(75, M, "brugere (anslået)", "brugere globalt", "Web Strategist"),
                     _fig(23, M, "besøgende", "brugere i USA", "Compete.com", "januar 2010"),
                     _fig(50, "%", "af alle tweets kommer fra mobilen eller andre websites",
                          "andel af tweets", "Sysomos Report")],
            synergies=["Twitter box"],
            tools=["Søg: http://search.twitter.com", "Alerts: http://tweetbeep.com",
                   "Overblik: http://www.tweetdeck.com", "Statistik: http://twittercounter.com",
                   "Linkforkortelse: http://bit.ly/"],
        ),
        Platform(
            id="myspace", name="MySpace", url="www.myspace.com",
            about=["MySpace lever, men har et PR-problem.", "Blog, billeder, musik og videoer.",
                   "MTV-generationen."],
            source="Scott Elkin",
            figures=[_fig(57, M, "brugere", "brugere i USA", "Web Strategist"),
                     _fig(115, M, "brugere (anslået)", "brugere globalt", "Scott Elkin"),
                     _fig(25, M, "sange", "musiknumre", "Scott Elkin")],
        ),
        Platform(
            id="flickr", name="Flickr", url="www.flickr.com",
            about=["Del billeder og video.", "Brugerne er primært fotointeresserede og/eller bloggere."],
            figures=[_fig(26, M, "brugere", "brugere i USA", "Compete"),
                     _fig(4, "milliarder", "billeder", "billeder i alt", "Flickr blog", "oktober 2009")],
            synergies=["’Embed’ slideshow vha. www.flickrslideshow.com",
                       "Træk billeder ind, fx i flash slideshow"],
        ),
    ]


def slides() -> list[Slide]:
    dst = "Danmarks Statistik 2009"
    return [
        Slide(id="velkommen", kind="title", title="Velkommen til workshop om sociale medier",
              subtitle="9. marts 2010 · Louise Christensen og Connie Westergaard",
              notes="Byd velkommen. Praktisk: toiletter, kaffe, wifi-kode på tavlen."),
        Slide(id="program", kind="bullets", title="Dagens program",
              bullets=["9.00 Hvad er og hvem bruger de sociale medier",
                       "9.30 Øvelse: Fremtidsfortælling – vision for sociale medier",
                       "10.00 Hvorfor bruge de sociale medier – en række cases",
                       "10.30 Pause", "10.45 De fem største sociale medier", "11.30 Frokost",
                       "12.00 Adfærd på sociale medier",
                       "12.20 Øvelse: De sociale medier i værdikæden", "12.45 Pause og kage",
                       "13.00 Den sociale mediestrategi",
                       "13.45 Opsamling, spørgsmål og evaluering"],
              notes="Gennemgå kort. Nævn at frokosten ligger fast kl. 11.30."),
        Slide(id="hvad-er", kind="bullets",
              title="Hvad er sociale medier? Medier, som mennesker bruger til sammen at skabe "
                    "fælles mening om verden – og de teknologier, der gør det muligt",
              bullets=["VIGTIGST: Det sociale aspekt – deltagelse, samtale, fællesskab og åbenhed "
                       "mellem mennesker, som deler interesser, hobbyer og studier",
                       "Dernæst: Det teknologiske aspekt – nye teknologier, der gør det muligt at "
                       "dele indhold og interagere med hinanden, gratis",
                       "Eksempler: Facebook, LinkedIn, MySpace, YouTube, Flickr, Vimeo, Wikipedia, "
                       "Digg, Technorati, Reddit, Delicious, TripAdvisor, EDBpriser, Epinions"],
              source="Præsentation Sociale Medier 090310"),
        Slide(id="dk-tal", kind="figures", title="Brugerne – danske tal",
              figures=[_fig(94, "%", "e-mailer", "andel af internetbrugere", dst),
                       _fig(49, "%", "bruger sociale netværk", "andel af internetbrugere", dst),
                       _fig(43, "%", "bruger instant messaging", "andel af internetbrugere", dst),
                       _fig(33, "%", "læser blogs", "andel af internetbrugere", dst),
                       _fig(23, "%", "foretager opkald via webcam", "andel af internetbrugere", dst),
                       _fig(18, "%", "blogger", "andel af internetbrugere", dst)],
              source=dst),
        Slide(id="globale-tal", kind="figures", title="Brugerne – globale tal: to ud af tre af "
              "verdens internetbrugere er på et socialt medie",
              figures=[_fig(85, "%", "surfer på nettet – søgemaskiner og websites",
                            "andel af internetbrugere globalt", "Nielsen Online"),
                       _fig(66.8, "%", "bruger sociale netværk", "andel af internetbrugere globalt",
                            "Nielsen Online"),
                       _fig(65.1, "%", "bruger e-mail", "andel af internetbrugere globalt",
                            "Nielsen Online"),
                       _fig(566, "%", "stigning i tidsforbrug på Facebook", "vækst i tidsforbrug",
                            "Nielsen Online"),
                       _fig(12.4, M, "brugere mellem 35 og 49 år på Facebook",
                            "brugere 35–49 år", "Nielsen Online", "2008")],
              source="Nielsen Online, marts 2009"),
        Slide(id="top10", kind="ranking", title="De 10 største sociale medier",
              rankings=[
                  Ranking(title="Globalt", source="Alexa Top 500 global sites",
                          items=[RankItem(n, r) for n, r in [
                              ("www.facebook.com", 2), ("www.youtube.com", 3),
                              ("www.wikipedia.org", 6), ("www.blogger.com", 7),
                              ("www.twitter.com", 12), ("www.myspace.com", 17),
                              ("www.wordpress.com", 18), ("www.linkedin.com", 29),
                              ("www.flickr.com", 32), ("www.fc2.com", 34)]]),
                  Ranking(title="USA i januar 2010", source="Compete",
                          items=[RankItem(n, r) for n, r in [
                              ("www.facebook.com", 2), ("www.youtube.com", 4),
                              ("www.wikipedia.org", 9), ("www.blogger.com", 12),
                              ("www.linkedin.com", 15), ("www.twitter.com", 18),
                              ("www.wordpress.com", 25), ("www.flickr.com", 28),
                              ("www.tumblr.com", 34), ("www.delicious.com", 35)]])]),
        *[Slide(id=f"p-{p.id}", kind="platform", platform=p.id,
                notes=f"Fortæl om {p.name}. Spørg salen, hvem der bruger det.")
          for p in platforms()],
        Slide(id="sammenligning", kind="comparison", title="De fem platforme side om side"),
        Slide(id="hardt", kind="quote", title="Der er ikke noget valg!",
              text="Den store forskel er, at Web 2.0 bringer kunderne aktivt i centrum, og at "
                   "kunderne udnytter det i meget høj grad. Derfor står virksomhederne med et klart "
                   "strategisk valg: Vil de være virksomheder, der bruger kunderne som ressource og "
                   "partnere? Eller vil vi fortsat have en envejskommunikation?",
              author="Dick Hardt"),
        Slide(id="fremtid-kort", kind="exercise", exercise="fremtid"),
        Slide(id="rejse", kind="journey", journey_template="mallorca",
              title="Følg interessentens kontakt med virksomheden – fx ved bestilling af rejse"),
        Slide(id="pause", kind="title", title="Pause", subtitle="Vi starter igen kl. 10.45"),
    ]


def mallorca() -> JourneyTemplate:
    tp = TemplateTouchpoint
    return JourneyTemplate(
        id="mallorca", title="Rejse til Mallorca",
        persona="Par i 40’erne, rejser uden børn", scenario="Bestiller en uges charterrejse",
        phases=[JourneyPhase("foer", "Før rejsen"), JourneyPhase("under", "Under rejsen"),
                JourneyPhase("efter", "Efter rejsen")],
        touchpoints=[
            tp("Mulig kunde tjekker rejsekataloget", "foer", "Rejsekatalog", "us", "Mytravel"),
            tp("Kunde bestiller rejse på Mytravel.dk til Mallorca", "foer", "Web", "us", "Mytravel"),
            tp("Kunde modtager billetter og information om rejsen", "foer", "E-mail", "us",
               "Mytravel"),
            tp("Kunde parkerer i Københavns Lufthavn og foretager check-in", "under", "Lufthavn",
               "partner", "Københavns Lufthavn"),
            tp("Kunde flyver med SAS og får service ombord", "under", "Fly", "partner", "SAS"),
            tp("Kunde finder gode fif på Mallorcas fanside og skriver til sine venner",
               "under", "Facebook", "customer", "Facebook"),
            tp("Kunde flyver retur og venter på bagagen", "efter", "Lufthavn", "partner",
               "Københavns Lufthavn"),
            tp("Kunde skriver anmeldelse på TripAdvisor", "efter", "TripAdvisor", "customer",
               "TripAdvisor"),
        ])


def sample_session() -> Session:
    fremtid = Exercise(
        id="fremtid", title="Fremtidsfortælling", duration=30 * 60,
        prompt="Hvilken værdi har jeres indsats på de sociale medier for jeres organisation og "
               "webbrugerne i 2015? Du er inviteret til at tale ved web-branchens store årlige "
               "prisuddeling i marts 2015: din organisation har vundet prisen for bedste samlede "
               "indsats på de sociale medier. Fortæl i en fem minutters tale, hvorfor.",
        phases=[Phase("Skriv stikord til talen", 10 * 60), Phase("Hold talen for sidemanden", 10 * 60),
                Phase("Fælles opsamling", 10 * 60)])
    rejse = Exercise(id="rejse-oevelse", title="Følg interessentens kontakt med virksomheden",
                     duration=25 * 60, prompt="Kortlæg kundens rejse i grupper.",
                     journey_template="mallorca")
    return Session(
        title="Workshop om sociale medier", language="da", start=9 * 60, date="2010-03-09",
        facilitators=[Facilitator("Louise Christensen", "onlinechef")],
        blocks=[
            Block("hvem", "Hvad er og hvem bruger de sociale medier", BlockKind.TALK, 30 * 60,
                  slides=["velkommen", "program", "hvad-er", "dk-tal", "globale-tal", "hardt"]),
            Block("fremtid", "Øvelse: Fremtidsfortælling", BlockKind.EXERCISE, 30 * 60,
                  exercises=[fremtid], slides=["fremtid-kort"]),
            Block("pause1", "Pause", BlockKind.BREAK, 15 * 60),
            Block("fem", "De fem største sociale medier", BlockKind.TALK, 45 * 60,
                  slides=["top10", "p-facebook", "p-youtube", "p-twitter", "p-myspace",
                          "p-flickr", "sammenligning"]),
            Block("vaerdikaede", "Øvelse: De sociale medier i værdikæden", BlockKind.EXERCISE,
                  25 * 60, exercises=[rejse], slides=["rejse", "pause"]),
        ],
        slides=slides(), platforms=platforms(), journey_templates=[mallorca()])
