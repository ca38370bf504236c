"""The training platform's demo world, as importable constants.

Tests, the GUI's virtual card panel and the cashier course all refer to the same people by
scenario name ("kansen_grace", "blocked", ...), so a scenario means the same thing everywhere.
All numbers are made up for training: UiTPAS numbers are Luhn-valid with the kansenstatuut flag as
second-to-last digit, INSZ numbers pass mod 97, chip numbers are 7-byte NXP-style UIDs (04...).
Dates are offsets from the platform's clock at seed time, so "today" is always today.

Demo employees for the login page (authorization-code flow): ``kassa`` / ``training`` and
``beheer`` / ``training``. Client credentials: ``balie-training`` / ``balie-training-secret``;
the public desktop client id is ``balie-training-desktop``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from balie.numbers import luhn_check_digit

TRAINING_PREFIX = "[OEFEN] "
CLIENT_ID = "balie-training"
CLIENT_SECRET = "balie-training-secret"
PUBLIC_CLIENT_ID = "balie-training-desktop"
#: login name -> (password, display name, e-mail)
EMPLOYEES: dict[str, tuple[str, str, str]] = {
    "kassa": ("training", "Kassa Oefenbalie", "kassa@oefen.balie.invalid"),
    "beheer": ("training", "Beheer Oefenbalie", "beheer@oefen.balie.invalid"),
}

_NS = uuid.UUID("6f1c2d1e-5b0a-4a57-9a54-0b4c1e7a0000")


def demo_uuid(name: str) -> str:
    """Stable ids: the same scenario has the same id after every reset and in every test."""
    return str(uuid.uuid5(_NS, name))


def uitpas_number(card_system_id: int, serial: int, kansen: bool) -> str:
    partial = f"09{card_system_id}{serial:08d}{1 if kansen else 0}"
    return partial + luhn_check_digit(partial)


def insz(birth: str, seq: int) -> str:
    """``birth`` is yymmdd; births from 2000 on (yy < 30 here) use the '2' prefix rule."""
    body = f"{birth}{seq:03d}"
    base = int(("2" + body) if int(birth[:2]) < 30 else body)
    return f"{body}{97 - base % 97:02d}"


def chip(serial: int) -> str:
    return f"04{0xA3B1C0000000 + serial:012X}"


@dataclass(frozen=True)
class DemoCardSystem:
    key: str
    id: int
    name: str
    cities: tuple[tuple[str, str], ...]
    #: how this region computes kansentarief (see balie.training.tariffs.social_price)
    rule: str
    rule_nl: str


CARD_SYSTEMS: dict[str, DemoCardSystem] = {
    "dender": DemoCardSystem("dender", 1, "UiTPAS Dender",
                             (("9300", "Aalst"), ("9400", "Ninove"), ("9470", "Denderleeuw"),
                              ("9500", "Geraardsbergen")),
                             "PERCENT_25", "25 % van de gewone prijs, afgerond op 10 cent"),
    "gent": DemoCardSystem("gent", 2, "UiTPAS Gent",
                           (("9000", "Gent"), ("9030", "Mariakerke"), ("9040", "Sint-Amandsberg"),
                            ("9050", "Gentbrugge")),
                           "FIXED_150", "vast € 1,50 (nooit meer dan de gewone prijs)"),
    "brussel": DemoCardSystem("brussel", 3, "Paspartoe",
                              (("1000", "Brussel"), ("1030", "Schaarbeek"), ("1080", "Molenbeek"),
                               ("1210", "Sint-Joost-ten-Node")),
                              "PERCENT_20_CAP_300", "20 % van de gewone prijs, hoogstens € 3"),
}
CARD_SYSTEMS_BY_ID = {cs.id: cs for cs in CARD_SYSTEMS.values()}


@dataclass(frozen=True)
class DemoOrganizer:
    key: str
    id: str
    name: str
    card_system: str
    street: str
    postal_code: str
    city: str
    permitted: bool = True  # False: the training client has no rights here (403 scenarios)


ORGANIZERS: dict[str, DemoOrganizer] = {
    "museum": DemoOrganizer("museum", demo_uuid("org-museum"), TRAINING_PREFIX + "Stedelijk Museum Aalst",
                            "dender", "Oude Vismarkt 13", "9300", "Aalst"),
    "pool": DemoOrganizer("pool", demo_uuid("org-pool"), TRAINING_PREFIX + "Zwembad Van Eyck Gent",
                          "gent", "Veermanplein 1", "9000", "Gent"),
    "youth": DemoOrganizer("youth", demo_uuid("org-youth"), TRAINING_PREFIX + "Jeugdhuis De Schakel Brussel",
                           "brussel", "Vlaamsepoortstraat 2", "1000", "Brussel"),
    "foreign": DemoOrganizer("foreign", demo_uuid("org-foreign"), TRAINING_PREFIX + "CC De Werf (geen toegang)",
                             "dender", "Molenstraat 51", "9300", "Aalst", permitted=False),
}


@dataclass(frozen=True)
class DemoEvent:
    """Times are Europe/Brussels wall-clock: (day offset from seed day, "HH:MM"), or, with
    ``relative_hours``, hours relative to the seed instant (for windows that are already over)."""

    key: str
    id: str
    organizer: str
    name: str
    prices: tuple[tuple[str, str, int], ...]  # (category base|tariff, label, cents)
    card_systems: tuple[str, ...]
    start: tuple[int, str] = (0, "00:00")
    end: tuple[int, str] = (0, "23:59")
    relative_hours: tuple[float, float] | None = None
    checkin_points: int = 1
    ticket_limit: tuple[int, str] | None = None  # (volume, periodType)
    checkin_limit: tuple[int, str] | None = None


EVENTS: dict[str, DemoEvent] = {
    "museum_today": DemoEvent(
        "museum_today", demo_uuid("ev-museum-today"), "museum", "Tentoonstelling 'Aalst aan de Dender'",
        (("base", "Basistarief", 1000), ("tariff", "Senioren", 800)), ("dender",),
        checkin_points=1, ticket_limit=(2, "DAY")),
    "pool_today": DemoEvent(
        "pool_today", demo_uuid("ev-pool-today"), "pool", "Vrij zwemmen (tweewekelijkse zwembeurt)",
        (("base", "Basistarief", 450),), ("gent", "dender"),
        start=(0, "00:00"), end=(14, "23:59"), checkin_points=2),
    "youth_upcoming": DemoEvent(
        "youth_upcoming", demo_uuid("ev-youth-upcoming"), "youth", "Fuif 'Zomer in de stad'",
        (("base", "Basistarief", 1200), ("tariff", "Voorverkoop", 900)), ("brussel",),
        start=(3, "19:00"), end=(3, "23:59"), checkin_points=3),
    "museum_closed_today": DemoEvent(
        "museum_closed_today", demo_uuid("ev-museum-closed"), "museum", "Rondleiding in de voormiddag",
        (("base", "Basistarief", 600),), ("dender",), relative_hours=(-6.0, -3.0)),
    "museum_weekly": DemoEvent(
        "museum_weekly", demo_uuid("ev-museum-weekly"), "museum", "Workshop zeefdruk (1 per week)",
        (("base", "Basistarief", 1500),), ("dender", "gent"),
        end=(30, "23:59"), ticket_limit=(1, "WEEK")),
    # kansentarief from two regions, neither of them the holder's in most cases: the price a holder
    # pays follows the holder's own region, the static tariff the organizer's (Gent)
    "pool_course": DemoEvent(
        "pool_course", demo_uuid("ev-pool-course"), "pool", "Zwemles voor volwassenen (1 per maand)",
        (("base", "Basistarief", 800), ("tariff", "Inwoners", 500)), ("gent", "brussel"),
        start=(1, "19:00"), end=(60, "21:00"), checkin_points=2, ticket_limit=(1, "MONTH")),
    "foreign_today": DemoEvent(
        "foreign_today", demo_uuid("ev-foreign-today"), "foreign", "Concert in CC De Werf",
        (("base", "Basistarief", 1800),), ("dender",)),
}


@dataclass(frozen=True)
class DemoPass:
    key: str
    uitpas_number: str
    chip_number: str
    insz: str | None
    first_name: str
    name: str
    description_nl: str
    passholder_id: str
    card_system: str = "dender"
    pass_type: str = "INDIVIDUAL"
    card_status: str = "ACTIVE"
    social_status: str = "NONE"  # ACTIVE | EXPIRED | SUSPENDED | NONE
    social_end_days: int | None = None  # end date = seed day + this many days
    points: int = 0
    postal_code: str = "9300"
    city: str = "Aalst"
    street: str = "Kerkstraat 1"
    date_of_birth: str = "1985-03-14"
    available_tickets: int | None = None  # group passes
    coupons: tuple[str, ...] = ()


def _p(key: str, serial: int, cs: str, kansen_card: bool, **kw: object) -> DemoPass:
    holder = kw.pop("holder", key)
    return DemoPass(key=key, uitpas_number=uitpas_number(CARD_SYSTEMS[cs].id, serial, kansen_card),
                    chip_number=chip(serial), passholder_id=demo_uuid(f"holder-{holder}"),
                    card_system=cs, **kw)  # type: ignore[arg-type]


PASSES: dict[str, DemoPass] = {p.key: p for p in (
    _p("regular", 101, "dender", False, insz=insz("850314", 123), first_name="Lotte", name="Van den Broeck",
       description_nl="Geen kansentarief, 30 punten (genoeg voor een voordeel)", points=30),
    _p("kansen_active", 102, "dender", True, insz=insz("790622", 211), first_name="Mehdi", name="El Amrani",
       description_nl="Kansentarief actief (loopt nog maanden)", social_status="ACTIVE",
       social_end_days=200, points=12, street="Molenstraat 8", date_of_birth="1979-06-22",
       coupons=("museum_old",)),
    _p("kansen_expiring", 103, "dender", True, insz=insz("910105", 331), first_name="Sofie", name="De Smet",
       description_nl="Kansentarief actief, vervalt binnen 10 dagen", social_status="ACTIVE",
       social_end_days=10, points=4, postal_code="9400", city="Ninove", date_of_birth="1991-01-05"),
    _p("kansen_grace", 104, "dender", True, insz=insz("680917", 47), first_name="Jan", name="Goossens",
       description_nl="Kansentarief in overgangsperiode: einddatum voorbij, nog recht", social_status="ACTIVE",
       social_end_days=-20, points=7, date_of_birth="1968-09-17"),
    _p("kansen_expired", 105, "dender", True, insz=insz("770203", 519), first_name="Nadia", name="Bouzid",
       description_nl="Kansentarief vervallen (geen recht meer)", social_status="EXPIRED",
       social_end_days=-90, points=9, date_of_birth="1977-02-03"),
    _p("blocked", 106, "dender", True, insz=insz("820711", 63), first_name="Pieter", name="Claes",
       description_nl="Kaart geblokkeerd", card_status="BLOCKED", social_status="ACTIVE",
       social_end_days=120, points=15, date_of_birth="1982-07-11"),
    _p("lost_old", 107, "dender", False, insz=insz("950428", 185), first_name="Emma", name="Wouters",
       description_nl="Verloren kaart (vervangen, status DELETED)", card_status="DELETED", points=18,
       holder="emma", date_of_birth="1995-04-28"),
    _p("lost_new", 108, "dender", False, insz=insz("950428", 185), first_name="Emma", name="Wouters",
       description_nl="Vervangkaart van dezelfde pashouder", points=18, holder="emma",
       date_of_birth="1995-04-28"),
    _p("minor", 109, "dender", True, insz=insz("150809", 72), first_name="Yusuf", name="Demir",
       description_nl="Kind (10 jaar), kansentarief actief, kortingsbon zwembad", social_status="ACTIVE",
       social_end_days=150, points=3, date_of_birth="2015-08-09", postal_code="9470", city="Denderleeuw",
       coupons=("pool_teen",)),
    _p("group", 110, "dender", True, insz=None, first_name="VZW De Brug", name="VZW De Brug",
       description_nl="Groepspas met kansentarief, 10 tickets beschikbaar", pass_type="GROUP",
       social_status="ACTIVE", social_end_days=250, available_tickets=10, street="Brugstraat 4",
       coupons=("group_museum",)),
    _p("few_points", 111, "dender", False, insz=insz("880530", 271), first_name="Tom", name="Peeters",
       description_nl="Te weinig punten voor een voordeel (2 punten), kortingsbon museum", points=2,
       date_of_birth="1988-05-30", coupons=("museum_free",)),
    _p("other_region_kansen", 112, "gent", True, insz=insz("730114", 355), first_name="Ines",
       name="Vermeulen", description_nl="Kansentarief in Gent (niet geldig in het museum van Aalst)",
       social_status="ACTIVE", social_end_days=180, points=6, postal_code="9000", city="Gent",
       street="Sleepstraat 20", date_of_birth="1973-01-14"),
    _p("brussel_kansen", 113, "brussel", True, insz=insz("000312", 418), first_name="Aya", name="Benali",
       description_nl="Kansentarief Paspartoe (Brussel)", social_status="ACTIVE", social_end_days=90,
       points=5, postal_code="1080", city="Molenbeek", street="Ninoofsesteenweg 90",
       date_of_birth="2000-03-12"),
    _p("gent_grace", 114, "gent", True, insz=insz("660228", 91), first_name="Marc", name="De Clercq",
       description_nl="Kansentarief Gent in overgangsperiode, kortingsbon zwembad",
       social_status="ACTIVE", social_end_days=-15, points=8, postal_code="9040",
       city="Sint-Amandsberg", street="Dendermondsesteenweg 300", date_of_birth="1966-02-28",
       coupons=("pool_teen",)),
    _p("kansen_suspended", 115, "dender", True, insz=insz("840919", 157), first_name="Karim",
       name="Haddou", description_nl="Kansentarief tijdelijk opgeschort", social_status="SUSPENDED",
       social_end_days=60, points=2, date_of_birth="1984-09-19"),
    _p("gent_regular", 116, "gent", False, insz=insz("990701", 233), first_name="Lien", name="Maes",
       description_nl="UiTPAS Gent zonder kansentarief", points=11, postal_code="9050",
       city="Gentbrugge", street="Brusselsesteenweg 5", date_of_birth="1999-07-01"),
)}


@dataclass(frozen=True)
class BlankCard:
    key: str
    uitpas_number: str
    chip_number: str
    card_system: str
    social_tariff: bool


BLANK_CARDS: dict[str, BlankCard] = {
    b.key: b for b in (
        BlankCard("blank_1", uitpas_number(1, 901, False), chip(901), "dender", False),
        BlankCard("blank_2", uitpas_number(1, 902, False), chip(902), "dender", False),
        BlankCard("blank_kansen", uitpas_number(1, 903, True), chip(903), "dender", True),
        BlankCard("blank_gent", uitpas_number(2, 904, False), chip(904), "gent", False),
    )
}


@dataclass(frozen=True)
class DemoReward:
    key: str
    id: str
    title: str
    type: str  # POINTS | WELCOME
    points: int
    organizer: str
    card_systems: tuple[str, ...]
    redeem_constraint: tuple[int, str] | None = None
    redeem_days: tuple[int, int] = (-60, 300)  # redeem period relative to seed day
    max_units: int | None = None
    units_taken: int = 0
    categories: tuple[str, ...] = ("Doen",)


REWARDS: dict[str, DemoReward] = {r.key: r for r in (
    DemoReward("welcome", "7001", "Welkomstgeschenk: gratis koffie in het museumcafé", "WELCOME", 0,
               "museum", ("dender",), redeem_constraint=(1, "ABSOLUTE"), categories=("Eten en drinken",)),
    DemoReward("points_small", "7002", "Gratis drankje", "POINTS", 5, "museum", ("dender", "gent"),
               categories=("Eten en drinken",)),
    DemoReward("points_big", "7003", "Duoticket voor de tentoonstelling", "POINTS", 20, "museum",
               ("dender",)),
    DemoReward("points_weekly", "7004", "Zwembeurt voor 3 punten (1 per week)", "POINTS", 3, "pool",
               ("dender", "gent"), redeem_constraint=(1, "WEEK")),
    DemoReward("expired", "7005", "Vervallen voordeel: gratis poster", "POINTS", 1, "museum", ("dender",),
               redeem_days=(-120, -10), categories=("Gadget of item",)),
    DemoReward("sold_out", "7006", "Uitverkocht: backstage-rondleiding", "POINTS", 2, "museum", ("dender",),
               max_units=1, units_taken=1),
    DemoReward("gent_only", "7007", "Enkel voor UiTPAS Gent: fietsherstelling", "POINTS", 1, "pool",
               ("gent",)),
)}


@dataclass(frozen=True)
class DemoCoupon:
    key: str
    id: int
    name: str
    description: str
    price_cents: int
    organizer: str
    volume: int
    period: str
    valid_days: tuple[int, int] = (-30, 200)


COUPONS: dict[str, DemoCoupon] = {
    "pool_teen": DemoCoupon("pool_teen", 1079, TRAINING_PREFIX + "€ 1 voor een zwembeurt (tieners)",
                            "Zwemmen voor € 1 in Zwembad Van Eyck", 100, "pool", 2, "YEAR"),
    # Group passes get no coupon offers in /tariffs (only the social tariff); the platform lists it
    # under GET /grouppasses/{id}/coupons.
    "group_museum": DemoCoupon("group_museum", 1080, TRAINING_PREFIX + "Gratis groepsrondleiding museum",
                               "Eén gratis rondleiding per jaar voor de groep", 0, "museum", 1, "YEAR"),
    "museum_free": DemoCoupon("museum_free", 1081, TRAINING_PREFIX + "Gratis museumbezoek",
                              "Eén gratis bezoek per jaar aan het Stedelijk Museum", 0, "museum", 1,
                              "YEAR"),
    # lapsed last week: never offered any more
    "museum_old": DemoCoupon("museum_old", 1082, TRAINING_PREFIX + "Halve prijs museum (vervallen)",
                             "Halve prijs in het museum (actie voorbij)", 500, "museum", 1, "YEAR",
                             valid_days=(-60, -7)),
}


def catalogue() -> dict[str, object]:
    """The demo world as plain JSON (GET /_training/demo), for screens and people."""
    def plain(obj: object) -> object:
        return {k: v for k, v in vars(obj).items()} if hasattr(obj, "__dataclass_fields__") else obj
    return {
        "clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET, "publicClientId": PUBLIC_CLIENT_ID,
        "employees": {k: {"password": v[0], "name": v[1]} for k, v in EMPLOYEES.items()},
        "cardSystems": {k: plain(v) for k, v in CARD_SYSTEMS.items()},
        "organizers": {k: plain(v) for k, v in ORGANIZERS.items()},
        "events": {k: plain(v) for k, v in EVENTS.items()},
        "passes": {k: plain(v) for k, v in PASSES.items()},
        "blankCards": {k: plain(v) for k, v in BLANK_CARDS.items()},
        "rewards": {k: plain(v) for k, v in REWARDS.items()},
        "coupons": {k: plain(v) for k, v in COUPONS.items()},
    }


__all__ = ["PASSES", "BLANK_CARDS", "ORGANIZERS", "EVENTS", "CARD_SYSTEMS", "REWARDS", "COUPONS",
           "DemoPass", "BlankCard", "DemoEvent", "DemoOrganizer", "DemoReward", "DemoCardSystem",
           "CLIENT_ID", "CLIENT_SECRET", "PUBLIC_CLIENT_ID", "EMPLOYEES", "catalogue", "field"]
