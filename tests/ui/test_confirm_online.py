"""Online, the price is painted from the store at once and confirmed by the platform after.

Every test talks to the real training platform with its latency fault: the only way to tell
"painted before the platform answered" from "waited for it" is a platform that is slow on purpose.
"""

from __future__ import annotations

import concurrent.futures
import threading
import time

from PySide6.QtCore import Qt

from balie.domain import IdentificationSource, OutboxStatus
from tests.ui.conftest import chip_of, identify, number_of

LATENCY_MS = 1200


def _tap(qtbot, running, key: str) -> tuple[object, float]:
    """Tap and wait for the first paint; returns (view, seconds from tap to painted)."""
    view = running.window.view
    with qtbot.waitSignal(view.identified, timeout=10000) as painted:
        running.signals.card_tapped.emit("Virtual PCD 00 00", chip_of(key))
    return painted.args[0], painted.args[1]


def _set_kansenstatuut(platform, key: str, status: str) -> None:
    """The platform's record changes behind the counter's back (a renewal at the OCMW)."""
    with platform.db.write() as conn:
        conn.execute("UPDATE memberships SET social_status = ?, social_end_date = NULL "
                     "WHERE passholder_id = (SELECT passholder_id FROM cards "
                     "WHERE uitpas_number = ?)", (status, number_of(key)))


def test_price_is_painted_before_the_platform_answers_then_replaced_by_its_answer(
        counter_app, platform, qtbot):
    identify(qtbot, counter_app, "kansen_active")  # seen once online: cached on this counter
    view = counter_app.window.view
    cached_price = view.pass_panel.price.text()
    platform.set_faults(latency_ms=LATENCY_MS)
    with qtbot.waitSignal(view.confirmed, timeout=10000) as confirmed:
        first, painted_after = _tap(qtbot, counter_app, "kansen_active")
        # painted from the store: the platform cannot have answered yet
        assert painted_after < LATENCY_MS / 1000, f"waited {painted_after:.3f} s for the price"
        assert first.confirming and first.provisional
        assert view.pass_panel.price.text() == cached_price
        assert view.pass_panel.provisional.isVisible()
        assert "bevestigd" in view.pass_panel.provisional.text()
        assert view.pass_panel.provisional.property("state") == "confirming"  # calm, no warning
        assert "VOORLOPIG" not in view.pass_panel.provisional.text()
    answer, confirmed_after = confirmed.args
    assert confirmed_after >= LATENCY_MS / 1000
    assert answer is view.pass_panel.view, "the platform's answer replaced the view in place"
    assert not answer.confirming and not answer.provisional
    assert not view.pass_panel.provisional.isVisible()
    assert view.pass_panel.price.text() == cached_price
    assert view.banner.text() == "", "nothing changed, nothing to say"


def test_the_confirmation_leaves_at_the_tap_and_is_applied_only_after_the_paint(
        counter_app, platform, qtbot):
    """The round's requests do not wait for the paint (asked only after it, a confirmation came a
    whole paint later than one round trip after the tap), but its answer replaces the local
    decision only once that is on screen. The GUI thread is held inside the paint's signal
    until both requests are at the platform: requests sent only after the paint never arrive."""
    identify(qtbot, counter_app, "kansen_active")
    platform.set_faults(latency_ms=LATENCY_MS)
    view = counter_app.window.view
    at_paint: list[tuple[int, bool]] = []

    def painted(shown: object, _seconds: float) -> None:
        deadline = time.monotonic() + 5.0
        while platform.requests_in_progress() < 2 and time.monotonic() < deadline:
            time.sleep(0.005)  # the GUI thread is held on purpose: the requests must not need it
        at_paint.append((platform.requests_in_progress(), view.pass_panel.view is shown))

    view.identified.connect(painted)
    try:
        with qtbot.waitSignal(view.confirmed, timeout=10000) as confirmed:
            first, _ = _tap(qtbot, counter_app, "kansen_active")
            assert first.confirming
    finally:
        view.identified.disconnect(painted)
    assert at_paint == [(2, True)], \
        f"GET /passes and GET /tariffs were not on their way while the local price was painted: " \
        f"{at_paint}"
    answer, _ = confirmed.args
    assert answer is not None and answer is view.pass_panel.view and not answer.confirming


def test_a_sale_before_the_confirmation_is_kept_provisional(counter_app, platform, qtbot):
    identify(qtbot, counter_app, "kansen_active")
    platform.set_faults(latency_ms=LATENCY_MS)
    view = counter_app.window.view
    first, _ = _tap(qtbot, counter_app, "kansen_active")
    assert first.confirming
    qtbot.keyClick(counter_app.window, Qt.Key.Key_F2)  # the cashier does not wait
    qtbot.waitUntil(lambda: not counter_app.window.runner.busy, timeout=5000)
    assert view.pass_panel.view is not None and view.pass_panel.view.confirming, \
        "sold before the platform answered"
    store = counter_app.composition.store
    sold = [item for item in store.outbox.in_status(OutboxStatus.PENDING) if item.kind.value == "TICKET_SALE"]
    assert len(sold) == 1 and sold[0].provisional
    assert sold[0].status is OutboxStatus.PENDING


def test_price_change_at_confirmation_is_shown_and_f2_needs_a_second_key(
        counter_app, platform, qtbot):
    identify(qtbot, counter_app, "kansen_expired")  # cached: no kansentarief
    view = counter_app.window.view
    regular_price = view.pass_panel.price.text()
    _set_kansenstatuut(platform, "kansen_expired", "ACTIVE")  # renewed since
    platform.set_faults(latency_ms=400)
    with qtbot.waitSignal(view.confirmed, timeout=10000):
        first, _ = _tap(qtbot, counter_app, "kansen_expired")
        assert first.confirming
        assert view.pass_panel.price.text() == regular_price  # the local decision
    assert view.pass_panel.price.text() != regular_price
    assert view.pass_panel.selected_offer().type.value == "SOCIALTARIFF"
    text = view.banner.text()
    assert "Prijs gewijzigd" in text and "Status gewijzigd" in text, text
    platform.clear_faults()
    before = platform.count_ticket_sales(uitpas_number=number_of("kansen_expired"))
    outbox = counter_app.composition.store.outbox

    qtbot.keyClick(counter_app.window, Qt.Key.Key_F2)  # acknowledges the new price only
    assert "Druk F2" in view.banner.text()
    assert outbox.stats().length == 0, "the first F2 after a price change sells nothing"
    qtbot.keyClick(counter_app.window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: outbox.stats().length == 1, timeout=5000)
    sold = outbox.in_status(OutboxStatus.PENDING)[0]
    assert not sold.provisional, "sold on the confirmed kansentarief"
    assert platform.count_ticket_sales(uitpas_number=number_of("kansen_expired")) == before


def test_an_answer_in_before_the_local_price_is_painted_is_the_first_and_only_paint(
        counter_app, platform, qtbot, monkeypatch):
    """With the platform next door its answer is in before the local decision is on screen: the
    cashier sees UiTPAS's price at once, painted once (no local price, then a repaint ~25 ms
    later), and sells it with one F2: there was no other price to acknowledge. The local
    decision is held here until the round is back, so this holds whatever the machine's speed."""
    identify(qtbot, counter_app, "kansen_expired")  # cached: no kansentarief
    _set_kansenstatuut(platform, "kansen_expired", "ACTIVE")  # renewed since
    quoter = counter_app.composition.adapter.quoter
    ask, local = quoter.ask, quoter.local
    rounds: list[object] = []

    def ask_first(*args, **kwargs):  # type: ignore[no-untyped-def]
        sent = ask(*args, **kwargs)
        rounds.append(sent)
        return sent

    def local_after_the_round(*args, **kwargs):  # type: ignore[no-untyped-def]
        concurrent.futures.wait(rounds[-1].futures(), timeout=30)
        return local(*args, **kwargs)

    monkeypatch.setattr(quoter, "ask", ask_first)
    monkeypatch.setattr(quoter, "local", local_after_the_round)
    counter = counter_app.composition.counter
    offers_for, decided = counter.offers_for, []

    def traced(*args, **kwargs):  # type: ignore[no-untyped-def]
        decided.append("local" if kwargs.get("live", True) is False else "answer")
        return offers_for(*args, **kwargs)

    monkeypatch.setattr(counter, "offers_for", traced)
    view = counter_app.window.view
    first, _ = _tap(qtbot, counter_app, "kansen_expired")
    assert rounds and rounds[-1] is not None, "the round left at the tap"
    assert decided == ["answer"], "no local offers decided: nobody would have seen them"
    assert not first.confirming and not first.provisional, "painted: UiTPAS's answer"
    assert view.pass_panel.view is first
    assert view.pass_panel.selected_offer().type.value == "SOCIALTARIFF"
    assert not view.pass_panel.provisional.isVisible()
    assert not view.confirm_runner.busy, "nothing left to confirm: no second paint"
    assert view.banner.text() == "", "no 'Prijs gewijzigd': the cashier saw one price"
    outbox = counter_app.composition.store.outbox
    qtbot.keyClick(counter_app.window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: outbox.stats().length == 1, timeout=5000)
    sold = outbox.in_status(OutboxStatus.PENDING)[0]
    assert not sold.provisional, "sold on the confirmed kansentarief with one F2"


def test_the_answers_are_kept_in_the_store_only_once_the_tap_is_painted(
        counter_app, platform, qtbot, monkeypatch):
    """Keeping the platform's answers for offline use (a transaction each) does not run while
    the tap is on its way to the screen: it took the interpreter from the answer's decision and
    its paint. The paint of the answer is held here until a cache write starts (0.3 s at most):
    none may start before the price is on screen; all of them land after it, without anyone
    waiting for them, and the store then holds the answer."""
    monkeypatch.setattr("balie.quote.HOLD_AT_MOST", 60.0, raising=False)
    identify(qtbot, counter_app, "kansen_active")
    quoter = counter_app.composition.adapter.quoter
    assert quoter.written(20)
    store = counter_app.composition.store
    writing = threading.Event()

    def noticed(original):  # type: ignore[no-untyped-def]
        def traced(*args, **kwargs):  # type: ignore[no-untyped-def]
            writing.set()
            return original(*args, **kwargs)
        return traced

    for owner, name in ((type(store.passes), "remember"),
                        (type(store.reference), "save_pass_tariffs")):
        monkeypatch.setattr(owner, name, noticed(getattr(owner, name)))
    view = counter_app.window.view
    show_view, during_paint = view.pass_panel.show_view, []

    def slow_paint(shown, *args, **kwargs):  # type: ignore[no-untyped-def]
        show_view(shown, *args, **kwargs)
        if not shown.confirming:  # the platform's answer: the tap's last paint
            during_paint.append(writing.wait(0.3))

    monkeypatch.setattr(view.pass_panel, "show_view", slow_paint)
    platform.set_faults(latency_ms=300)
    before = store.passes.get(number_of("kansen_active"))
    with qtbot.waitSignal(view.confirmed, timeout=10000) as confirmed:
        first, _ = _tap(qtbot, counter_app, "kansen_active")
        assert first.confirming
    assert confirmed.args[0] is not None and not confirmed.args[0].confirming
    assert during_paint == [False], "a cache write ran while the answer was being painted"
    qtbot.waitUntil(writing.is_set, timeout=5000)  # released by the paint, nobody waits
    assert quoter.written(20)
    kept = store.passes.get(number_of("kansen_active"))
    assert before is not None and kept is not None and kept.fetched_at > before.fetched_at


def test_with_a_5s_platform_later_taps_do_not_wait_and_the_status_bar_says_so(
        counter_app, platform, qtbot):
    identify(qtbot, counter_app, "kansen_active")
    identify(qtbot, counter_app, "regular")
    view = counter_app.window.view
    breaker = counter_app.composition.counter.platform.breaker
    breaker.probe_seconds = 0.3
    platform.set_faults(latency_ms=5000)
    started = time.perf_counter()
    with qtbot.waitSignal(view.confirmed, timeout=10000) as first_confirmation:
        _tap(qtbot, counter_app, "kansen_active")
    assert first_confirmation.args[0] is None, "the slow platform did not confirm"
    assert time.perf_counter() - started < 4.5, "the read timed out, it did not wait 5 s"
    qtbot.waitUntil(lambda: "lokaal" in counter_app.window.status.online_label.text(),
                    timeout=5000)
    for key in ("regular", "kansen_active", "minor"):  # minor: never seen, no cached pass
        started = time.perf_counter()
        with qtbot.waitSignal(view.identified, timeout=3000) as painted:
            if key == "minor":
                view.identify(number_of(key), IdentificationSource.TYPED)
            else:
                counter_app.signals.card_tapped.emit("Virtual PCD 00 00", chip_of(key))
        shown = painted.args[0]
        assert painted.args[1] < 1.0, f"{key}: waited {painted.args[1]:.2f} s"
        assert shown.provisional and not shown.confirming
        assert "VOORLOPIG" in view.pass_panel.provisional.text()
        assert time.perf_counter() - started < 1.5
    platform.clear_faults()  # the platform answers again: the probe closes the breaker
    qtbot.waitUntil(lambda: breaker.mode().value == "online", timeout=10000)
    identify(qtbot, counter_app, "kansen_active")
    assert not view.pass_panel.view.provisional
    qtbot.waitUntil(lambda: counter_app.window.status.online_label.text() == "Online",
                    timeout=10000)


def test_after_an_outage_a_successful_f5_brings_the_live_look_ups_back_at_once(
        counter_app, platform, qtbot):
    """F5 that reaches the platform is proof enough to look again: the link must not stay local
    until its next probe interval, where a newly registered card would show as unknown."""
    identify(qtbot, counter_app, "kansen_active")
    identify(qtbot, counter_app, "regular")
    view = counter_app.window.view
    breaker = counter_app.composition.counter.platform.breaker
    breaker.probe_seconds = 120.0  # only the F5 can bring the link back within this test
    platform.set_faults(latency_ms=5000)
    with qtbot.waitSignal(view.confirmed, timeout=10000):
        _tap(qtbot, counter_app, "regular")
    qtbot.waitUntil(lambda: breaker.mode().value == "local", timeout=5000)
    platform.clear_faults()
    with qtbot.waitSignal(counter_app.signals.sync_finished, timeout=20000) as done:
        qtbot.keyClick(view.scan_field, Qt.Key.Key_F5)
    assert done.args[0].reachable, "the sync round reached the platform"
    qtbot.waitUntil(lambda: breaker.mode().value == "online", timeout=5000)
    qtbot.waitUntil(lambda: counter_app.window.status.online_label.text() == "Online",
                    timeout=10000)
    identify(qtbot, counter_app, "kansen_active")
    assert not view.pass_panel.view.provisional


def test_a_group_row_keeps_its_answers_without_waiting_for_a_paint(counter_app, platform,
                                                                     monkeypatch):
    """The group screen looks passes up row by row and paints no tap: its rows' answers are kept
    in the store as soon as each row has its answer, not only after the counter screen's hold
    on cache writes runs out (it waited for a paint that never comes)."""
    from balie.ui.group_work import look_up

    monkeypatch.setattr("balie.quote.HOLD_AT_MOST", 60.0, raising=False)
    adapter = counter_app.composition.adapter
    store = counter_app.composition.store
    kept = threading.Event()
    save = type(store.reference).save_pass_tariffs

    def noticed(*args, **kwargs):  # type: ignore[no-untyped-def]
        kept.set()
        return save(*args, **kwargs)

    monkeypatch.setattr(type(store.reference), "save_pass_tariffs", noticed)
    event = counter_app.window.view.current_event()
    assert event is not None
    rows: list[object] = []
    worker = threading.Thread(target=lambda: rows.append(look_up(
        adapter, number_of("kansen_active"), IdentificationSource.TYPED, event_id=event.id,
        price_label=event.price_categories[0].label)))
    worker.start()
    worker.join(20)
    assert rows and rows[0][0] is not None, "the group row got no answer"
    # nobody waits for the writes here (written() would hurry them): they must go by themselves
    assert kept.wait(10), "the group row's answers were still held for a paint after 10 s"
