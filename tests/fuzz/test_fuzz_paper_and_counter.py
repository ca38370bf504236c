"""Outside input that reaches the store: the paper-fallback CSV import and whatever a reader,
scanner or keyboard hands to identification. Nothing may crash, and the store stays intact:
a bad line is a Dutch reason with its line number, a bad identifier a Dutch refusal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balie import paper_import
from balie.counter import Counter
from balie.decide import OfflinePolicy
from balie.domain import IdentificationSource
from balie.store import Store
from tests.fixtures.store import DEMO_NOW, Demo, load_demo
from tests.fuzz import FUZZ

HEADER = "soort;uitpasnummer;evenement;prijscategorie;bedrag;datum;uur;tarief;betaald"
EVENT = "5a0967f9-cc06-4c3c-9206-30481a767434"
cells = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["verkoop", "checkin", "0900000000115", "0900000000214", EVENT, "Basistarief",
                     "10,00", "2,00", "NaN", "Infinity", "-Infinity", "1e999999", "-2,00",
                     "10/06/2026", "2026-06-10", "01/01/0001", "31/12/9999", "14:05", "24:00",
                     "12u30", "SOCIALTARIFF", "", '"', "\x00", "\r"]),
)
lines = st.lists(st.lists(cells, max_size=10).map(";".join), max_size=8)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Iterator[tuple[Store, Demo]]:
    path: Path = tmp_path_factory.mktemp("paper") / "balie.sqlite3"
    with Store.open(path) as store:
        yield store, load_demo(store)


SETTINGS = settings(FUZZ, suppress_health_check=list(FUZZ.suppress_health_check)
                    + [HealthCheck.function_scoped_fixture])


@SETTINGS
@given(st.sampled_from([HEADER, HEADER.replace(";", ","), "", "soort"]), lines)
def test_any_paper_sheet_gives_good_lines_or_dutch_reasons(demo_store, header, body):
    store, demo = demo_store
    text = "\n".join([header, *body])
    good, bad = paper_import.parse(store, text, DEMO_NOW)
    assert all(b.line >= 1 and b.reason for b in bad)
    assert all(g.uitpas_number.isdigit() for g in good)


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_as_paper_sheet_never_crashes(demo_store, text: str):
    store, _ = demo_store
    paper_import.parse(store, text, DEMO_NOW)


@pytest.mark.parametrize("row", [
    "verkoop;0900000000115;" + EVENT + ";Basistarief;Infinity;10/06/2026;14:05;;2,00",
    "verkoop;0900000000115;" + EVENT + ";Basistarief;10,00;10/06/2026;14:05;;-Infinity",
    "checkin;0900000000115;" + EVENT + ";;;01/01/0001;00:10;;",
    "checkin;0900000000115;" + EVENT + ";;;31/12/9999;23:59;;",
    'checkin;"0900000000115;' + "x" * 140_000,
    "checkin;0900000000115\r0;" + EVENT,
])
def test_hostile_paper_lines_are_refused_with_a_line_number(demo_store, row: str):
    store, _ = demo_store
    good, bad = paper_import.parse(store, HEADER + "\n" + row, DEMO_NOW)
    assert not good and bad and bad[0].line >= 1


@SETTINGS
@given(lines)
def test_importing_any_sheet_leaves_the_store_intact(demo_store, body):
    store, demo = demo_store
    result = paper_import.import_paper(store, "\n".join([HEADER, *body]), demo.operator,
                                       DEMO_NOW, training=True)
    assert result.queued + result.already_imported == len(result.good)


def test_store_integrity_after_the_paper_fuzzing(demo_store):
    store, _ = demo_store
    assert store.integrity_ok()


identifiers = st.one_of(
    st.text(max_size=60), st.binary(max_size=40),
    st.sampled_from(["0900000000115", "09000000001150", "04A1B2C3D4E5F6", "85073003328",
                     "'; DROP TABLE outbox; --", "\x00", "٠٩٠٠٠٠٠٠٠٠١١٥", " " * 10_000]),
)


@SETTINGS
@given(identifiers, st.sampled_from(list(IdentificationSource)))
def test_any_identifier_gets_a_decision_offline(demo_store, raw, source):
    store, demo = demo_store
    counter = Counter(store, None, OfflinePolicy(), demo.operator, clock=lambda: DEMO_NOW)
    identification = counter.identify(raw, source)
    assert identification.outcome is not None
    if identification.uitpas_number is None:
        assert identification.refusals or identification.ask_printed_number
