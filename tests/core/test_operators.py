"""Operators: PINs as slow salted hashes, lock-out, roles and permissions, badge, idle lock."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta

import pytest

from balie.domain import Operator
from balie.operators import (
    DEFAULT_SCRYPT,
    IdleLock,
    LockoutPolicy,
    Operators,
    Permission,
    Roles,
    ScryptParams,
    hash_pin,
    load_roles,
    pin_problem,
    refusal,
    save_roles,
    verify_pin,
)
from balie.store import Store

NOW = datetime(2026, 6, 10, 13, 0, tzinfo=UTC)
FAST = ScryptParams(n=2**10, r=8, p=1)  # tests only: the real cost is measured separately


@pytest.fixture
def operators(store: Store) -> Operators:
    ops = Operators(store, scrypt=FAST, lockout=LockoutPolicy(3, timedelta(minutes=5)))
    assert ops.add("an", "An Peeters", "cashier", "482913", NOW) is None
    assert ops.add("bo", "Bo Claes", "supervisor", "775311", NOW, badge_uid="04A1B2C3D4") is None
    return ops


def test_right_pin_signs_in_with_the_operators_role(operators: Operators):
    result = operators.sign_in("an", "482913", NOW)
    assert result.ok and result.operator == Operator("an", "An Peeters", "cashier")


def test_wrong_pin_and_unknown_operator_get_the_same_dutch_message(operators: Operators):
    wrong = operators.sign_in("an", "000111", NOW)
    unknown = operators.sign_in("nobody", "482913", NOW)
    assert not wrong.ok and not unknown.ok
    assert wrong.problem is not None and unknown.problem is not None
    assert wrong.problem.message == unknown.problem.message == \
        "Onbekende medewerker of verkeerde pincode."


def test_pin_is_stored_only_as_salted_scrypt_hash(store: Store, operators: Operators):
    conn = sqlite3.connect(store.path)
    rows = dict(conn.execute("SELECT id, pin_hash FROM operators").fetchall())
    conn.close()
    assert "482913" not in rows["an"] and rows["an"].startswith("scrypt$")
    # same PIN twice gives different hashes (salt), both verify
    assert hash_pin("482913", FAST) != hash_pin("482913", FAST)
    assert verify_pin("482913", rows["an"]) and not verify_pin("482914", rows["an"])


def test_default_pin_hash_is_slow_enough_to_resist_offline_guessing():
    started = time.perf_counter()
    stored = hash_pin("482913", DEFAULT_SCRYPT)
    took = time.perf_counter() - started
    assert stored.startswith(f"scrypt${2**15}$8$1$")
    assert took > 0.02, f"scrypt took only {took * 1000:.1f} ms"


def test_repeated_wrong_pins_lock_the_operator_out_even_for_the_right_pin(operators: Operators):
    attempts = [operators.sign_in("an", "111999", NOW).attempts_left for _ in range(3)]
    assert attempts == [2, 1, 0]
    locked = operators.sign_in("an", "482913", NOW + timedelta(minutes=1))
    assert not locked.ok and locked.problem is not None
    assert locked.problem.code == "operator-locked"
    assert "geblokkeerd tot 15:05" in locked.problem.message  # Brussels time
    assert operators.sign_in("an", "482913", NOW + timedelta(minutes=5)).ok


def test_supervisor_unlock_lifts_the_lockout(operators: Operators):
    for _ in range(3):
        operators.sign_in("an", "111999", NOW)
    operators.unlock("an")
    assert operators.sign_in("an", "482913", NOW).ok


def test_good_sign_in_resets_the_failure_count(operators: Operators):
    operators.sign_in("an", "111999", NOW)
    operators.sign_in("an", "111999", NOW)
    assert operators.sign_in("an", "482913", NOW).ok
    assert operators.sign_in("an", "111999", NOW).attempts_left == 2


def test_lockout_survives_restart_of_the_app(store: Store, operators: Operators):
    for _ in range(3):
        operators.sign_in("an", "111999", NOW)
    reopened = Operators(store, scrypt=FAST)
    assert reopened.sign_in("an", "482913", NOW).problem.code == "operator-locked"  # type: ignore[union-attr]


@pytest.mark.parametrize("pin", ["123", "12a456", "0000", "1234", "9876", "1111111", "１２３４５６"])
def test_weak_or_malformed_pins_are_refused_in_dutch(pin: str):
    problem = pin_problem(pin)
    assert problem is not None and problem.message


def test_operator_with_weak_pin_or_unknown_role_is_not_created(operators: Operators):
    assert operators.add("cy", "Cy", "cashier", "1234", NOW).code == "pin-too-simple"  # type: ignore[union-attr]
    assert operators.add("cy", "Cy", "boss", "482913", NOW).code == "role-unknown"  # type: ignore[union-attr]
    assert operators.add("an", "Other An", "cashier", "553311", NOW).code == "operator-exists"  # type: ignore[union-attr]


def test_badge_tap_signs_in_and_badge_uid_is_not_stored(store: Store, operators: Operators):
    assert operators.sign_in_badge("04a1b2c3d4", NOW).operator.id == "bo"  # type: ignore[union-attr]
    assert operators.sign_in_badge("04FFFFFFFF", NOW).problem.code == "badge-unknown"  # type: ignore[union-attr]
    assert b"04A1B2C3D4" not in store.path.read_bytes()


def test_recent_operators_are_the_switch_candidates_newest_first(operators: Operators):
    operators.sign_in("an", "482913", NOW)
    operators.sign_in("bo", "775311", NOW + timedelta(minutes=1))
    assert [o.id for o in operators.recent()] == ["bo", "an"]


def test_deactivated_operator_cannot_sign_in(operators: Operators):
    operators.deactivate("an")
    assert not operators.sign_in("an", "482913", NOW).ok


def test_cashier_may_sell_but_not_register_or_override():
    roles = Roles()
    cashier = Operator("an", "An", "cashier")
    assert refusal(cashier, Permission.SELL, roles) is None
    problem = refusal(cashier, Permission.REGISTER_PASSHOLDER, roles)
    assert problem is not None and "medewerker registratie" in problem.next_step
    assert refusal(cashier, Permission.OFFLINE_OVERRIDE, roles) is not None
    assert refusal(Operator("r", "R", "registrar"), Permission.KANSENSTATUUT, roles) is None
    assert refusal(Operator("s", "S", "supervisor"), Permission.HANDLE_ATTENTION, roles) is None


def test_cashier_cancels_only_within_the_window_supervisor_always():
    roles = Roles(cancel_window=timedelta(minutes=10))
    sold = NOW
    assert roles.may_cancel("cashier", sold, NOW + timedelta(minutes=9))
    assert not roles.may_cancel("cashier", sold, NOW + timedelta(minutes=11))
    assert roles.may_cancel("supervisor", sold, NOW + timedelta(days=2))


def test_roles_are_configurable_and_kept_in_the_store(store: Store):
    custom = Roles({"kassa": frozenset({Permission.SELL}),
                    "baas": frozenset(Permission)}, timedelta(minutes=3))
    save_roles(store, custom)
    loaded = load_roles(store)
    assert loaded == custom
    assert not loaded.allows("cashier", Permission.SELL)


def test_broken_roles_setting_falls_back_to_defaults(store: Store):
    store.set_setting("operators.roles", '{"roles": {"x": ["FLY"]}}')
    assert load_roles(store) == Roles()


@pytest.mark.parametrize("stored", ["", "scrypt$", "scrypt$9999999999$8$1$AA==$AA==",
                                    "bcrypt$1$2$3$4$5", "scrypt$1024$8$1$!!$??"])
def test_malformed_stored_hash_never_verifies_and_never_raises(stored: str):
    assert verify_pin("482913", stored) is False


def test_idle_lock_is_due_after_the_idle_time_and_activity_postpones_it():
    lock = IdleLock(idle=timedelta(minutes=2))
    assert not lock.due(NOW)
    lock.touch(NOW)
    assert not lock.due(NOW + timedelta(seconds=119))
    lock.touch(NOW + timedelta(seconds=60))
    assert not lock.due(NOW + timedelta(seconds=150))
    assert lock.due(NOW + timedelta(seconds=180))
    assert lock.remaining(NOW + timedelta(seconds=170)) == timedelta(seconds=10)


# -- the counter enforces roles when it is given them ---------------------------------------------

def _counter_as(store: Store, demo, role: str, clock):  # type: ignore[no-untyped-def]
    from balie.counter import Counter
    from balie.decide import OfflinePolicy

    return Counter(store, None, OfflinePolicy(), Operator("x", "Xan", role), clock=clock,
                   roles=Roles())


def test_cashier_cannot_register_a_passholder_registrar_can(store: Store, demo, clock):  # type: ignore[no-untyped-def]
    from balie.counter import new_action_key

    cashier = _counter_as(store, demo, "cashier", clock)
    refused = cashier.register_passholder({"x": 1}, uitpas_number=demo.regular_number,
                                          card_system_id=1, price_cents=0,
                                          action_key=new_action_key())
    assert not refused.done and "mag dit niet" in refused.message_nl
    assert store.outbox.stats().pending == 0
    registrar = _counter_as(store, demo, "registrar", clock)
    assert registrar.register_passholder({"x": 1}, uitpas_number=demo.regular_number,
                                         card_system_id=1, price_cents=0,
                                         action_key=new_action_key()).done


def test_cashier_cancels_a_recent_sale_but_only_a_supervisor_a_late_one(store: Store, demo, clock):  # type: ignore[no-untyped-def]
    from balie.counter import new_action_key
    from balie.domain import IdentificationSource

    cashier = _counter_as(store, demo, "cashier", clock)

    def sell() -> None:
        ident = cashier.identify(demo.kansen_number, IdentificationSource.TYPED)
        offer = cashier.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
        assert cashier.sell(ident, demo.event, demo.price, offer, 1,
                            action_key=new_action_key()).done

    sell()
    clock.advance(timedelta(minutes=5))
    assert cashier.cancel_last(action_key=new_action_key()).done
    clock.advance(timedelta(days=1))
    sell()
    clock.advance(timedelta(minutes=30))
    late = cashier.cancel_last(action_key=new_action_key())
    assert not late.done and "verantwoordelijke aanmelden" in late.next_step_nl
    supervisor = _counter_as(store, demo, "supervisor", clock)
    assert supervisor.cancel_last(action_key=new_action_key()).done


def test_every_queued_action_carries_the_signed_in_operator(store: Store, demo, clock):  # type: ignore[no-untyped-def]
    from balie.counter import new_action_key
    from balie.domain import IdentificationSource

    counter = _counter_as(store, demo, "cashier", clock)
    counter.switch_operator(Operator("an", "An Peeters", "cashier"))
    ident = counter.identify(demo.kansen_number, IdentificationSource.TYPED)
    offer = counter.offers_for(ident, demo.event, demo.price).offer("SOCIALTARIFF")
    result = counter.sell(ident, demo.event, demo.price, offer, 1, action_key=new_action_key())
    item = store.outbox.get(result.client_uuid)  # type: ignore[arg-type]
    assert (item.operator_id, item.operator_name) == ("an", "An Peeters")  # type: ignore[union-attr]
    assert store.audit.lines(outbox_uuid=result.client_uuid)[0].operator_id == "an"


def test_sign_ins_and_lockouts_are_in_the_audit_log(store: Store, operators: Operators):
    operators.sign_in("an", "482913", NOW)
    for _ in range(3):
        operators.sign_in("an", "111999", NOW)
    actions = [(line.operator_id, line.action) for line in store.audit.lines()]
    assert ("an", "operator.sign_in") in actions and ("an", "operator.locked_out") in actions
    assert all("482913" not in line.detail and "111999" not in line.detail
               for line in store.audit.lines())
