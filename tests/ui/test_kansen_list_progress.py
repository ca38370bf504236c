"""While the maintenance thread hashes a kansentarief list an older version kept in clear, the
status bar says so with a percentage, and the label goes once it is done. Real store file, real
maintenance thread, real Qt signals across threads (as balie.app.window wires them)."""

from __future__ import annotations

import os
from pathlib import Path

from balie.app.maintenance import Maintenance
from balie.crypto import FieldCipher
from balie.kansen_list import clear_lists
from balie.privacy import RetentionPolicy
from balie.store import Store
from balie.store.reference import SocialTariffCardRow
from balie.ui.bridge import ServiceSignals
from balie.ui.status_bar import CounterStatusBar
from tests.core.test_kansen_list import FETCHED, number

CARDS = 80_000  # a few of the conversion's 25,000-card steps


def test_the_status_bar_shows_the_list_being_hashed_and_hides_it_when_done(tmp_path: Path, qtbot):
    clear_store = tmp_path / "balie.sqlite3"
    with Store.open(clear_store) as store:  # as an older version left it: the list in clear
        store.reference.replace_social_tariff_cards(
            1, (SocialTariffCardRow(number(i), "NFC") for i in range(CARDS)), FETCHED)
    bar = CounterStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    signals = ServiceSignals()
    shown: list[tuple[bool, str]] = []
    signals.kansen_list_progress.connect(bar.set_list_progress)
    signals.kansen_list_progress.connect(  # after the bar's own slot: what it shows now
        lambda *_: shown.append((bar.list_label.isVisible(), bar.list_label.text())))
    with Store.open(clear_store) as store:
        store.cipher = FieldCipher.from_master(os.urandom(32))
        maintenance = Maintenance(store, RetentionPolicy(), delay=3600,
                                  list_progress=signals.kansen_list_progress.emit)
        try:
            assert maintenance.lists_hashed.wait(60), "the list was not hashed within 60 s"
            qtbot.waitUntil(lambda: bool(shown) and not shown[-1][0], timeout=10000)
        finally:
            maintenance.cancel()
        assert clear_lists(store) == []
    visible = [text for on, text in shown if on]
    assert visible and visible[0].startswith("Kansentarieflijst beveiligen (eenmalig): ")
    percents = [int(t.rsplit(" ", 1)[1].rstrip("%")) for t in visible]
    assert percents == sorted(percents) and 0 <= percents[0] < percents[-1] < 100
    assert not bar.list_label.isVisible()
