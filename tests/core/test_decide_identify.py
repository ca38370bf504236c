"""Who is at the counter: taps, scans and typed numbers, online and offline."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from balie.decide import (
    IdentificationFacts,
    IdentificationOutcome,
    NoticeSource,
    RefusalCode,
    decide_identification,
    parse_identifier,
)
from balie.domain import (
    CardStatus,
    EndUserMessage,
    IdentificationSource,
    IdentifierKind,
    MessageLevel,
    PlatformMessage,
    Problem,
)
from tests.core.test_decide_support import CHIP, KANSEN_NUMBER, NOW, kansen_pass


def _facts(raw: str | bytes, online: bool = False, **kwargs: object) -> IdentificationFacts:
    return IdentificationFacts(
        now=NOW, parsed=parse_identifier(raw), source=IdentificationSource.NFC, online=online, **kwargs
    )


def test_reader_bytes_parse_as_a_chip_number():
    parsed = parse_identifier(bytes.fromhex(CHIP))
    assert parsed.kind is IdentifierKind.CHIP_NUMBER and parsed.value == CHIP


def test_garbage_is_refused_with_a_hint_to_scan_again():
    decision = decide_identification(_facts("hallo"))
    assert decision.outcome is IdentificationOutcome.REFUSED
    assert decision.refusals[0].code is RefusalCode.MALFORMED_IDENTIFIER
    assert "gedrukt" in decision.refusals[0].next_step_nl


def test_unknown_chip_offline_asks_for_the_printed_number():
    decision = decide_identification(_facts(CHIP))
    assert decision.outcome is IdentificationOutcome.ASK_PRINTED_NUMBER
    assert decision.chip_number == CHIP
    assert decision.refusals[0].code is RefusalCode.UNKNOWN_CHIP_OFFLINE
    assert "nummer dat op de kaart gedrukt staat" in decision.refusals[0].next_step_nl


def test_remembered_chip_offline_identifies_the_pass_provisionally():
    decision = decide_identification(
        _facts(CHIP, chip_uitpas_number=KANSEN_NUMBER, cached_pass=kansen_pass(chip_number=CHIP))
    )
    assert decision.outcome is IdentificationOutcome.IDENTIFIED
    assert decision.uitpas_number == KANSEN_NUMBER and decision.provisional
    assert decision.pass_ is not None and decision.pass_.first_name == "Fatima"


def test_online_chip_lookup_teaches_the_counter_the_chip_number_pair():
    decision = decide_identification(_facts(CHIP, online=True, platform_pass=kansen_pass()))
    assert decision.learn_chip == (CHIP, KANSEN_NUMBER)
    assert not decision.provisional


def test_platform_pass_messages_are_shown_verbatim():
    message = PlatformMessage(MessageLevel.WARN, "Je sociaal tarief is verlopen. Vernieuw het bij het OCMW.")
    decision = decide_identification(
        _facts(KANSEN_NUMBER, online=True, platform_pass=kansen_pass(messages=(message,)))
    )
    assert decision.notices[0].text_nl == message.text
    assert decision.notices[0].source is NoticeSource.PLATFORM


def test_platform_refusal_of_a_blocked_card_reaches_the_cashier_in_its_own_words():
    problem = Problem(
        "invalid-card-status", "Card is blocked", end_user_message=EndUserMessage("Deze kaart is geblokkeerd.")
    )
    decision = decide_identification(_facts(KANSEN_NUMBER, online=True, platform_problem=problem))
    assert decision.outcome is IdentificationOutcome.REFUSED
    assert decision.refusals[0].message_nl == "Deze kaart is geblokkeerd."


def test_typo_in_the_number_is_refused_offline_as_a_probable_typo():
    decision = decide_identification(_facts("0900000095903"))
    assert decision.refusals[0].code is RefusalCode.PROBABLE_TYPO
    assert "tikfout" in decision.refusals[0].message_nl


def test_typo_online_is_left_to_the_platform_to_judge():
    parsed = parse_identifier("0900000095903")
    assert parsed.probable_typo and parsed.kind is IdentifierKind.UITPAS_NUMBER


def test_insz_offline_cannot_be_resolved_and_asks_for_the_card():
    decision = decide_identification(_facts("85071412330"))
    assert decision.refusals[0].code is RefusalCode.INSZ_NEEDS_PLATFORM


def test_never_seen_number_offline_is_identified_and_says_it_will_be_confirmed_later():
    decision = decide_identification(_facts(KANSEN_NUMBER))
    assert decision.outcome is IdentificationOutcome.IDENTIFIED
    assert decision.pass_ is None and decision.provisional
    assert "later bevestigd" in decision.notices[0].text_nl


def test_cached_blocked_card_offline_is_flagged_to_the_cashier():
    snapshot = kansen_pass(card_status=CardStatus.BLOCKED)
    decision = decide_identification(_facts(KANSEN_NUMBER, cached_pass=snapshot))
    assert any(n.level is MessageLevel.WARN and "niet actief" in n.text_nl for n in decision.notices)


def test_grace_period_warns_that_kansentarief_still_applies():
    snapshot = kansen_pass(social_tariff_end_date=NOW - timedelta(days=5))
    decision = decide_identification(_facts(KANSEN_NUMBER, online=True, platform_pass=snapshot))
    assert any("overgangsperiode" in n.text_nl for n in decision.notices)


def test_kansenstatuut_ending_soon_warns_with_the_date():
    snapshot = kansen_pass(social_tariff_end_date=NOW + timedelta(days=10))
    decision = decide_identification(_facts(KANSEN_NUMBER, online=True, platform_pass=snapshot))
    assert any("loopt af op 22/05/2026" in n.text_nl for n in decision.notices)


def test_cached_pass_of_another_number_is_not_lent_to_this_one():
    decision = decide_identification(_facts("0900000067513", cached_pass=kansen_pass()))
    assert decision.uitpas_number == "0900000067513" and decision.pass_ is None


@given(st.one_of(st.text(max_size=24), st.binary(max_size=12)), st.booleans())
def test_identification_never_crashes_and_offline_is_always_provisional(raw, online: bool):
    decision = decide_identification(_facts(raw, online=online))
    if decision.outcome is IdentificationOutcome.IDENTIFIED:
        assert decision.uitpas_number is not None
        assert decision.provisional  # no platform answer in these facts
    else:
        assert decision.refusals
