"""``balie doctor``: what is wrong with this counter PC, in words a cashier or IT can act on.

Support is done on the phone. Each check answers one question (is the reader service running? is
the store sound? can we reach the platform? is the clock right? is the kansentarief list fresh? is
the queue draining?) with a verdict, a Dutch explanation and one concrete fix.

The checks are pure functions of what was observed. Observing (talking to PC/SC, HTTP, the disk)
is done by *probes* the composition root passes in (:mod:`balie.app.commands.doctor`), because the core
must not import pyscard or requests, and so tests can simulate every failure. A probe that raises
becomes a failed check, never a crash: a doctor that falls over helps nobody.
"""

from __future__ import annotations

import enum
import shutil
import sqlite3
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from balie.domain import BRUSSELS
from balie.wording import count_nl


class Severity(enum.StrEnum):
    OK = "OK"
    INFO = "INFO"  # nothing to do, but worth knowing (training mode, fresh install)
    WARN = "WARN"  # works, but act soon
    FAIL = "FAIL"  # needs action now


@dataclass(frozen=True)
class CheckResult:
    key: str
    title: str
    severity: Severity
    detail: str
    fix: str = ""

    @property
    def needs_action(self) -> bool:
        return self.severity in (Severity.WARN, Severity.FAIL)


@dataclass(frozen=True)
class DoctorReport:
    results: tuple[CheckResult, ...]

    @property
    def exit_code(self) -> int:
        """1 when anything needs action (warnings too: IT scripts run doctor to find work)."""
        return 1 if any(r.needs_action for r in self.results) else 0

    def by_key(self, key: str) -> CheckResult:
        return next(r for r in self.results if r.key == key)

    def render_text(self) -> str:
        marks = {Severity.OK: "[ OK ]", Severity.INFO: "[INFO]", Severity.WARN: "[LET OP]",
                 Severity.FAIL: "[FOUT]"}
        lines = []
        for r in self.results:
            lines.append(f"{marks[r.severity]} {r.title}: {r.detail}")
            if r.fix and r.needs_action:
                lines.append(f"         Oplossing: {r.fix}")
        todo = sum(r.needs_action for r in self.results)
        lines.append("")
        lines.append("Alles in orde." if todo == 0 else f"{count_nl(todo, 'punt vraagt', 'punten vragen')} actie.")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        return {"exit_code": self.exit_code, "checks": [
            {"key": r.key, "title": r.title, "severity": str(r.severity), "detail": r.detail,
             "fix": r.fix} for r in self.results]}


class ProbeError(Exception):
    """A probe could not observe; ``kind`` tells the check which explanation applies."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


# --- card readers --------------------------------------------------------------------------------

PCSC_SERVICE_DOWN = "pcsc-service-down"


def check_readers(list_readers: Callable[[], Sequence[str]], *, nfc: str = "",
                  eid: str = "") -> CheckResult:
    title = "Kaartlezers"
    try:
        readers = list(list_readers())
    except ProbeError as exc:
        if exc.kind == PCSC_SERVICE_DOWN:
            return CheckResult("readers", title, Severity.FAIL,
                               "De kaartlezerdienst (PC/SC) draait niet; kaarten kunnen niet "
                               "gelezen worden.",
                               "Windows: start de dienst 'Smartcard' (services.msc) of herstart "
                               "de pc. Linux: sudo systemctl start pcscd.")
        return CheckResult("readers", title, Severity.FAIL,
                           f"De kaartlezers konden niet opgevraagd worden ({exc.detail or exc.kind}).",
                           "Trek de kaartlezer uit, steek hem opnieuw in en herstart balie.")
    if not readers:
        return CheckResult("readers", title, Severity.FAIL, "Er is geen kaartlezer aangesloten.",
                           "Sluit de NFC-lezer aan (USB) en wacht tot Windows hem herkent.")
    missing = [f"{role} '{hint}'" for role, hint in (("NFC-lezer", nfc), ("eID-lezer", eid))
               if hint and not any(hint.lower() in r.lower() for r in readers)]
    found = ", ".join(readers)
    if missing:
        return CheckResult("readers", title, Severity.FAIL,
                           f"Ingestelde {' en '.join(missing)} niet gevonden. Aanwezig: {found}.",
                           "Sluit de juiste lezer aan, of pas [readers] aan in balie.ini zodat de "
                           "naam overeenkomt met een aanwezige lezer.")
    return CheckResult("readers", title, Severity.OK, f"Gevonden: {found}.")


# --- store -----------------------------------------------------------------------------------------

def check_store(store_path: Path, known_versions: Collection[str],
                head_version: str | None = None, *, full: bool = False) -> CheckResult:
    """``quick_check`` (``full``: the complete ``integrity_check``) and the schema version, with
    disk trouble told apart from damage: only damage points to a restore."""
    from balie.store.health import (
        Cause,
        closed_cleanly,
        full_check,
        last_full_check,
        quick_check,
        schema_check,
        trouble_problem,
    )

    title = "Databank"
    if not store_path.exists():
        return CheckResult("store", title, Severity.INFO,
                           f"Nog geen databank op {store_path}; balie maakt ze bij de eerste start.")
    clean = not full and closed_cleanly(store_path, use_up=False)
    if full:
        verdict, checked = full_check(store_path), "volledig gecontroleerd"
    elif clean:  # as the last clean close left it: the pages were checked when they were written
        verdict, checked = schema_check(store_path), "netjes afgesloten, niet gewijzigd"
    else:
        verdict, checked = quick_check(store_path), "snelle controle"
    last = None if full else last_full_check(store_path)
    if last is not None and last[1].cause is Cause.CORRUPT and verdict.cause is Cause.OK:
        verdict = last[1]  # the daily full check saw what the quick check cannot
    if verdict.cause is Cause.CORRUPT:
        return CheckResult("store", title, Severity.FAIL,
                           f"De databank is beschadigd ({verdict.detail[:160]}).",
                           "Sluit balie en zet de recentste back-up terug met 'balie restore'. "
                           "Bel daarna de helpdesk: verkopen van na de back-up moeten "
                           "nagekeken worden.")
    if verdict.cause is not Cause.OK:
        problem = trouble_problem(verdict, store_path)
        return CheckResult("store", title, Severity.FAIL, problem.message, problem.next_step)
    try:
        conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            version = str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        version = None
    if version is None:
        return CheckResult("store", title, Severity.FAIL,
                           "Het bestand is geen databank van balie (geen schemaversie).",
                           "Kies de juiste gegevensmap, of zet een back-up terug met "
                           "'balie restore'.")
    if version not in known_versions:
        return CheckResult("store", title, Severity.FAIL,
                           f"De databank heeft schemaversie {version}, die deze versie van balie "
                           "niet kent (gemaakt door een nieuwere versie?).",
                           "Installeer de nieuwste versie van balie.")
    if head_version is not None and version != head_version:
        return CheckResult("store", title, Severity.INFO,
                           f"In orde ({checked}); schemaversie {version} wordt bij de volgende "
                           f"start bijgewerkt naar {head_version}.")
    if last is not None and last[1].cause is Cause.OK:
        checked += (f"; volledige controle van "
                    f"{last[0].astimezone(BRUSSELS):%d/%m/%Y %H:%M} in orde")
    return CheckResult("store", title, Severity.OK,
                       f"In orde ({checked}, schemaversie {version}).")


# --- disk --------------------------------------------------------------------------------------------

DISK_FAIL_BYTES = 200 * 1024 * 1024
DISK_WARN_BYTES = 1024 * 1024 * 1024


def free_bytes(path: Path) -> int:
    """Free space on the disk holding ``path`` (the nearest existing parent)."""
    probe = path
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    return shutil.disk_usage(probe).free


def check_disk(path: Path, free: Callable[[Path], int] = free_bytes) -> CheckResult:
    title = "Schijfruimte"
    available = free(path)
    human = f"{available / 1024 / 1024 / 1024:.1f} GB" if available >= 1024 ** 3 else \
        f"{available // (1024 * 1024)} MB"
    if available < DISK_FAIL_BYTES:
        return CheckResult("disk", title, Severity.FAIL,
                           f"Nog maar {human} vrij op de schijf van {path}: verkopen en back-ups "
                           "kunnen niet meer bewaard worden.",
                           "Maak ruimte vrij (Downloads, Prullenbak, Schijfopruiming) of vraag "
                           "de IT-dienst om hulp.")
    if available < DISK_WARN_BYTES:
        return CheckResult("disk", title, Severity.WARN, f"Nog {human} vrij op {path}.",
                           "Maak binnenkort ruimte vrij op deze schijf.")
    return CheckResult("disk", title, Severity.OK, f"{human} vrij.")


# --- platform, credentials, clock ----------------------------------------------------------------

class Credentials(enum.StrEnum):
    OK = "OK"
    MISSING = "MISSING"  # nobody signed in / no client configured
    REJECTED = "REJECTED"  # the platform refused the token (expired, revoked, wrong environment)
    FAILED = "FAILED"  # the platform answers, but no token could be obtained (sign-in server)
    NOT_CHECKED = "NOT_CHECKED"


@dataclass(frozen=True)
class PlatformObservation:
    """What the platform probe saw. ``error`` set means the platform was not reached."""

    url: str
    error: str | None = None
    server_date: datetime | None = None
    credentials: Credentials = Credentials.NOT_CHECKED
    detail: str = ""
    training: bool = False
    skipped: bool = False  # not contacted on purpose (support-bundle --skip-platform)


def check_platform(obs: PlatformObservation) -> CheckResult:
    title = "UiTPAS-platform"
    if obs.skipped:
        return CheckResult("platform", title, Severity.INFO,
                           "Niet gecontroleerd (op vraag niet gecontacteerd).")
    if obs.training and not obs.url:
        return CheckResult("platform", title, Severity.INFO,
                           "Oefenmodus: het oefenplatform start mee met balie.")
    where = "het oefenplatform" if obs.training else obs.url
    if obs.error is not None:
        return CheckResult("platform", title, Severity.FAIL,
                           f"{where} is niet bereikbaar ({obs.error}). De balie werkt offline "
                           "verder; verkopen wachten in de wachtrij.",
                           "Controleer de internetverbinding (open een website). Werkt die, "
                           "vraag de IT-dienst of een firewall of proxy api.uitpas.be blokkeert.")
    return CheckResult("platform", title, Severity.OK, f"{where} is bereikbaar.")


def check_credentials(obs: PlatformObservation) -> CheckResult:
    title = "Aanmelding"
    if obs.error is not None or obs.credentials is Credentials.NOT_CHECKED:
        return CheckResult("credentials", title, Severity.INFO,
                           "Niet gecontroleerd" + (" (platform onbereikbaar)." if obs.error else "."))
    if obs.credentials is Credentials.MISSING:
        return CheckResult("credentials", title, Severity.WARN,
                           "Er is niemand aangemeld; wachtende verkopen worden niet verstuurd."
                           + (f" {obs.detail}" if obs.detail else ""),
                           "Open balie en meld aan met je UiTiD (menu Aanmelden).")
    if obs.credentials is Credentials.FAILED:
        return CheckResult("credentials", title, Severity.FAIL,
                           "Het platform is bereikbaar, maar aanmelden lukt niet"
                           + (f": {obs.detail}" if obs.detail else "."),
                           "Controleer het adres van de aanmeldserver ([platform] auth_url of "
                           "--auth-url) en de internetverbinding ernaartoe; vraag anders de "
                           "IT-dienst of een firewall of proxy de aanmeldserver blokkeert.")
    if obs.credentials is Credentials.REJECTED:
        return CheckResult("credentials", title, Severity.FAIL,
                           "Het platform weigert de aanmelding (verlopen, ingetrokken of voor "
                           "een andere omgeving)." + (f" {obs.detail}" if obs.detail else ""),
                           "Meld af en opnieuw aan in balie. Blijft dit, vraag publiq na of dit "
                           "account rechten heeft voor deze organisator.")
    return CheckResult("credentials", title, Severity.OK, "Aanmelding geldig."
                       + (f" {obs.detail}" if obs.detail else ""))


CLOCK_WARN = timedelta(minutes=2)
CLOCK_FAIL = timedelta(minutes=5)


def check_clock(server_date: datetime | None, local_now: datetime) -> CheckResult:
    """Compare with the platform's HTTP Date header. A wrong clock stamps sales on the wrong day
    (check-in limits are per day) and makes sign-in tokens look expired."""
    title = "Klok"
    if server_date is None:
        return CheckResult("clock", title, Severity.INFO,
                           "Niet vergeleken: het platform gaf geen tijd door.")
    skew = local_now - server_date
    size = abs(skew)
    words = f"{int(size.total_seconds() // 60)} min {int(size.total_seconds() % 60)} s " + \
        ("voor" if skew > timedelta(0) else "achter")
    local = local_now.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")
    platform = server_date.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")
    if size >= CLOCK_FAIL:
        return CheckResult("clock", title, Severity.FAIL,
                           f"De klok van deze pc loopt {words} (pc {local}, platform {platform}).",
                           "Zet de tijd automatisch (Windows: Instellingen > Tijd en taal > "
                           "'Tijd automatisch instellen') en controleer de tijdzone Brussel.")
    if size >= CLOCK_WARN:
        return CheckResult("clock", title, Severity.WARN, f"De klok van deze pc loopt {words}.",
                           "Zet 'Tijd automatisch instellen' aan in de Windows-instellingen.")
    return CheckResult("clock", title, Severity.OK, "De klok klopt met het platform.")


# --- reference data and queue ----------------------------------------------------------------------

def check_social_tariff_list(refreshed_at: datetime | None, now: datetime, *,
                             warn_hours: int = 24, refuse_days: int = 7) -> CheckResult:
    """Offline, kansentarief is decided from this list; too old and it is refused (policy)."""
    title = "Kansentarieflijst"
    fix = "Zorg dat de balie online is en kies 'Nu synchroniseren' (of: balie sync)."
    if refreshed_at is None:
        return CheckResult("social_tariff_list", title, Severity.WARN,
                           "Nog nooit opgehaald: offline kan geen kansentarief gegeven worden.", fix)
    age = now - refreshed_at
    hours = int(age.total_seconds() // 3600)
    when = refreshed_at.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")
    if age >= timedelta(days=refuse_days):
        return CheckResult("social_tariff_list", title, Severity.FAIL,
                           f"Laatst opgehaald op {when} ({hours // 24} dagen geleden): offline "
                           "wordt geen kansentarief meer gegeven.", fix)
    if age >= timedelta(hours=warn_hours):
        return CheckResult("social_tariff_list", title, Severity.WARN,
                           f"Laatst opgehaald op {when} ({hours} uur geleden).", fix)
    return CheckResult("social_tariff_list", title, Severity.OK, f"Opgehaald op {when}.")


@dataclass(frozen=True)
class QueueFigures:
    """Outbox numbers the store reports (see balie.store outbox stats)."""

    pending: int
    oldest_pending_at: datetime | None = None
    needs_attention: int = 0
    counts: dict[str, int] = field(default_factory=dict)


QUEUE_WARN_AGE = timedelta(hours=1)
QUEUE_FAIL_AGE = timedelta(hours=24)


def check_queue(figures: QueueFigures, now: datetime) -> CheckResult:
    title = "Wachtrij"
    fix = ("Zorg dat de balie online is en aangemeld; kies 'Nu synchroniseren'. Blijft de wachtrij "
           "staan, maak een supportbundel (balie support-bundle) voor de helpdesk.")
    if figures.needs_attention:
        return CheckResult("queue", title, Severity.WARN,
                           f"{count_nl(figures.needs_attention, 'verrichting', 'verrichtingen')} "
                           f"geweigerd door het platform (Te behandelen); {figures.pending} wachtend.",
                           "Open in balie het scherm 'Te behandelen' en los ze één voor één op.")
    if figures.pending == 0:
        return CheckResult("queue", title, Severity.OK, "Niets wachtend: alles is verstuurd.")
    age = now - figures.oldest_pending_at if figures.oldest_pending_at else timedelta(0)
    hours = age.total_seconds() / 3600
    detail = (f"{count_nl(figures.pending, 'verrichting', 'verrichtingen')} wachtend; "
              f"de oudste wacht {hours:.1f} uur.")
    if age >= QUEUE_FAIL_AGE:
        return CheckResult("queue", title, Severity.FAIL, detail, fix)
    if age >= QUEUE_WARN_AGE:
        return CheckResult("queue", title, Severity.WARN, detail, fix)
    return CheckResult("queue", title, Severity.OK, detail)


# --- running them all -------------------------------------------------------------------------------

@dataclass(frozen=True)
class DoctorProbes:
    """Everything doctor observes, as callables; the command fills in the real ones."""

    list_readers: Callable[[], Sequence[str]]
    store_path: Path
    known_versions: Collection[str]
    head_version: str | None
    observe_platform: Callable[[], PlatformObservation]
    social_tariff_refreshed_at: Callable[[], datetime | None]
    queue_figures: Callable[[], QueueFigures]
    free: Callable[[Path], int] = free_bytes
    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    nfc_reader: str = ""
    eid_reader: str = ""
    warn_hours: int = 24
    refuse_days: int = 7
    data_dir_note: CheckResult | None = None
    #: the store's key in the OS keyring (live counters); None = not applicable
    store_key: Callable[[], CheckResult | None] | None = None
    #: the complete integrity_check instead of quick_check (slow on a large store)
    full_store_check: bool = False
    #: the store check already made by the caller (so the file is checked once per command)
    store_result: CheckResult | None = None


def _guard(key: str, title: str, check: Callable[[], CheckResult]) -> CheckResult:
    try:
        return check()
    except Exception as exc:  # noqa: BLE001 - a broken probe is a finding, not a crash
        return CheckResult(key, title, Severity.FAIL,
                           f"Deze controle liep fout ({type(exc).__name__}).",
                           "Maak een supportbundel (balie support-bundle) voor de helpdesk.")


def diagnose(p: DoctorProbes) -> DoctorReport:
    now = p.now()
    results: list[CheckResult] = []
    if p.data_dir_note is not None:
        results.append(p.data_dir_note)
    results.append(_guard("readers", "Kaartlezers",
                          lambda: check_readers(p.list_readers, nfc=p.nfc_reader, eid=p.eid_reader)))
    results.append(p.store_result or _guard(
        "store", "Databank", lambda: check_store(p.store_path, p.known_versions, p.head_version,
                                                 full=p.full_store_check)))
    if p.store_key is not None:
        key = _guard("store_key", "Sleutel van de databank", p.store_key)  # type: ignore[arg-type]
        if key is not None:
            results.append(key)
    results.append(_guard("disk", "Schijfruimte", lambda: check_disk(p.store_path.parent, p.free)))
    try:
        obs = p.observe_platform()
    except Exception as exc:  # noqa: BLE001 - an unreachable or broken platform is a finding
        obs = PlatformObservation(url="?", error=type(exc).__name__)
    results.append(check_platform(obs))
    results.append(check_credentials(obs))
    results.append(check_clock(obs.server_date, now) if obs.error is None else
                   CheckResult("clock", "Klok", Severity.INFO,
                               "Niet vergeleken: het platform is onbereikbaar."))
    results.append(_guard("social_tariff_list", "Kansentarieflijst",
                          lambda: check_social_tariff_list(p.social_tariff_refreshed_at(), now,
                                                           warn_hours=p.warn_hours,
                                                           refuse_days=p.refuse_days)))
    results.append(_guard("queue", "Wachtrij", lambda: check_queue(p.queue_figures(), now)))
    return DoctorReport(tuple(results))


def check_ignored_user_settings(ignored: Sequence[str]) -> CheckResult | None:
    """Settings in a per-user balie.ini that the machine-wide file governs (group policy,
    balie.config): support must see why a cashier's own file has no effect. None: nothing
    ignored."""
    if not ignored:
        return None
    return CheckResult("config-ignored", "Persoonlijke instellingen", Severity.INFO,
                       "Genegeerd omdat de machine-instellingen ze bepalen: "
                       + "; ".join(ignored) + ".",
                       "Laat de IT-dienst ze in de machine-instellingen (balie.ini in "
                       "ProgramData) zetten als ze nodig zijn.")
