"""'Deze klant vandaag' on a live store, whose records hold the pass number as a blind index:
the counter still finds today's sales and check-ins of the pass in hand."""

from __future__ import annotations

from pathlib import Path

from balie.counter import Counter, new_action_key
from balie.decide import OfflinePolicy
from balie.domain import IdentificationSource
from balie.privacy import attach_cipher
from balie.store import Store
from balie.ui.port import HistoryKind
from balie.ui.today_adapter import today_lines
from tests.core.test_crypto_store import DictKeys
from tests.fixtures.store import DEMO_NOW, load_demo


def test_today_lines_of_a_pass_are_found_on_a_live_store(tmp_path: Path):
    with Store.open(tmp_path / "balie.sqlite3") as store:
        attach_cipher(store, DictKeys())
        demo = load_demo(store)
        counter = Counter(store, None, OfflinePolicy(), demo.operator, clock=lambda: DEMO_NOW)
        ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
        offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
        assert counter.sell(ident, demo.event, demo.price, offer, 1,
                            action_key=new_action_key()).done
        assert counter.check_in(ident, demo.event, action_key=new_action_key()).done
        lines = today_lines(store, demo.kansen_number, DEMO_NOW)
        assert [line.kind for line in lines] == [HistoryKind.SALE, HistoryKind.CHECKIN]
        assert today_lines(store, demo.regular_number, DEMO_NOW) == []
