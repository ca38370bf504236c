"""The new-pass-holder form's rules and the POST /passholders body they produce."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from balie.domain import CardSystemInfo
from balie.numbers import luhn_check_digit, validate_insz
from balie.registration import (
    CardType,
    Gender,
    OptIns,
    RegistrationForm,
    card_systems_for,
    default_kansenstatuut_end,
    first_error_for,
    has_kansen_flag,
    insz_feedback,
    is_minor,
    offline_consequences,
    payload,
    request_body,
    validate,
    warnings,
)

TODAY = date(2026, 11, 25)
ADULT_INSZ = "85031412302"  # 14 March 1985, valid mod 97 (checked below)


def _number(partial: str) -> str:
    return partial + luhn_check_digit(partial)


def adult(**changes: object) -> RegistrationForm:
    base = dict(first_name="Lotte", last_name="Van den Broeck", birth_date=date(1985, 3, 14),
                street="Kerkstraat 1", postal_code="9300", city="Aalst", card_system_id=1,
                uitpas_number=_number("091000009010"))
    base.update(changes)
    return RegistrationForm(**base)  # type: ignore[arg-type]


def test_fixture_numbers_are_what_they_claim():
    assert insz_feedback(ADULT_INSZ).ok
    assert not has_kansen_flag(_number("091000009010"))
    assert has_kansen_flag(_number("091000009031"))


def test_complete_adult_form_has_no_errors():
    assert validate(adult(), TODAY) == ()


def test_missing_names_and_birth_date_are_named_per_field():
    errors = validate(RegistrationForm(), TODAY)
    fields = {e.field for e in errors}
    assert {"first_name", "last_name", "birth_date", "postal_code", "city", "card_system",
            "uitpas_number"} <= fields
    assert first_error_for(errors, "first_name") == "Vul de voornaam in."


def test_insz_is_silent_while_typing_then_validated():
    assert insz_feedback("850314").message == "Nog 5 cijfers."
    assert not insz_feedback("850314").complete
    wrong = insz_feedback("85031412303")
    assert not wrong.ok and wrong.complete and "controlegetal" in wrong.message
    right = insz_feedback("85.03.14-123.02")
    assert right.ok and right.value == ADULT_INSZ and right.birth_date == date(1985, 3, 14)


def test_insz_of_someone_born_after_2000_gives_the_right_century():
    body = "150809072"
    insz = body + f"{97 - int('2' + body) % 97:02d}"
    assert insz_feedback(insz).birth_date == date(2015, 8, 9)


def test_birth_date_that_contradicts_the_insz_is_refused():
    errors = validate(adult(insz=ADULT_INSZ, birth_date=date(1985, 3, 15)), TODAY)
    assert first_error_for(errors, "birth_date") == \
        "De geboortedatum past niet bij het rijksregisternummer."


def test_future_birth_date_is_refused():
    assert first_error_for(validate(adult(birth_date=date(2027, 1, 1)), TODAY), "birth_date")


def test_minor_needs_guardian_name_and_consent():
    child = adult(birth_date=date(2015, 8, 9))
    assert is_minor(child.birth_date, TODAY)
    fields = {e.field for e in validate(child, TODAY)}
    assert {"guardian_name", "guardian_consent"} <= fields
    ok = adult(birth_date=date(2015, 8, 9), guardian_name="Ayse Demir", guardian_consent=True)
    assert validate(ok, TODAY) == ()
    body = request_body(ok, "org-1", TODAY)
    assert body["parentalConsent"] is True
    assert "Ayse Demir" in body["registrationNote"]


def test_eighteenth_birthday_is_adult():
    assert not is_minor(date(2008, 11, 25), TODAY)
    assert is_minor(date(2008, 11, 26), TODAY)


def test_kansenstatuut_end_defaults_to_30_april_next_year():
    assert default_kansenstatuut_end(TODAY) == date(2027, 4, 30)
    assert default_kansenstatuut_end(date(2027, 1, 2)) == date(2028, 4, 30)


def test_kansenstatuut_needs_a_card_and_a_future_end_date():
    digital = adult(card_type=CardType.DIGITAL, uitpas_number="", kansenstatuut=True,
                    kansenstatuut_end=date(2027, 4, 30))
    assert first_error_for(validate(digital, TODAY), "kansenstatuut")
    past = adult(kansenstatuut=True, kansenstatuut_end=date(2026, 1, 1))
    assert first_error_for(validate(past, TODAY), "kansenstatuut_end")


def test_kansenstatuut_on_a_regular_card_warns_the_cashier():
    form = adult(kansenstatuut=True, kansenstatuut_end=date(2027, 4, 30))
    assert any("geen kaart voor kansentarief" in w for w in warnings(form))
    assert warnings(adult(uitpas_number=_number("091000009031"), kansenstatuut=True,
                          kansenstatuut_end=date(2027, 4, 30))) == ()


def test_typo_in_card_number_is_refused_with_the_luhn_reason():
    number = _number("091000009010")
    typo = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert "tikfout" in first_error_for(validate(adult(uitpas_number=typo), TODAY),
                                        "uitpas_number")


def test_body_follows_the_api_for_a_kansenstatuut_card():
    form = adult(insz=ADULT_INSZ, gender=Gender.FEMALE, nationality="Belg",
                 email="lotte@example.org", phone="0470 12 34 56",
                 uitpas_number=_number("091000009031"), kansenstatuut=True,
                 kansenstatuut_end=date(2027, 4, 30),
                 opt_ins=OptIns(service_mails=True, sms=True))
    body = request_body(form, "org-1", TODAY)
    assert body == {
        "name": "Van den Broeck", "firstName": "Lotte", "dateOfBirth": "1985-03-14",
        "address": {"street": "Kerkstraat 1", "postalCode": "9300", "city": "Aalst",
                    "country": "be"},
        "registrationOrganizer": {"id": "org-1"}, "registrationCardSystemId": 1,
        "registrationCardType": "NFC_CARD",
        "registrationUitpasNumber": _number("091000009031"),
        "registrationSocialTariffEndDate": "2027-04-30",
        "optInPreferences": {"serviceMails": True, "milestoneMails": False, "infoMails": False,
                             "sms": True, "post": False},
        "parentalConsent": False, "legalTermsPaper": True, "legalTermsDigital": False,
        "inszNumber": ADULT_INSZ, "gender": "FEMALE", "nationality": "Belg",
        "email": "lotte@example.org", "phoneNumber": "0470 12 34 56",
    }


def test_digital_registration_sends_no_card_number_and_no_end_date():
    body = request_body(adult(card_type=CardType.DIGITAL, uitpas_number=""), "org-1", TODAY)
    assert body["registrationCardType"] == "DIGITAL"
    assert "registrationUitpasNumber" not in body
    assert "registrationSocialTariffEndDate" not in body


def test_outbox_payload_wraps_the_body_for_the_sync_delivery():
    assert payload(adult(), "org-1", TODAY) == {"body": request_body(adult(), "org-1", TODAY)}


def test_postal_code_chooses_the_card_system():
    systems = [CardSystemInfo(1, "UiTPAS Dender", ("9300", "9400")),
               CardSystemInfo(2, "UiTPAS Gent", ("9000",))]
    assert [cs.id for cs in card_systems_for("9400", systems)] == [1]
    assert card_systems_for("2000", systems) == []
    assert card_systems_for("", systems) == []


def test_offline_consequences_name_kansentarief_only_when_it_applies():
    assert "De pas werkt pas voor kansentarief na synchronisatie." in offline_consequences(
        adult(kansenstatuut=True))
    assert not any("kansentarief" in x for x in offline_consequences(adult()))


@given(st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_all_five_opt_ins_are_always_sent(a: bool, b: bool, c: bool, d: bool, e: bool):
    body = request_body(adult(opt_ins=OptIns(a, b, c, d, e)), "org", TODAY)
    assert body["optInPreferences"] == {"serviceMails": a, "milestoneMails": b, "infoMails": c,
                                        "sms": d, "post": e}


@given(st.dates(min_value=date(1906, 1, 1), max_value=TODAY))
def test_any_valid_birth_date_gives_a_body_with_consent_exactly_for_minors(born: date):
    form = adult(birth_date=born, guardian_name="Ouder", guardian_consent=True)
    assert validate(form, TODAY) == ()
    body = request_body(form, "org", TODAY)
    assert body["dateOfBirth"] == born.isoformat()
    assert body["parentalConsent"] is is_minor(born, TODAY)
    assert ("registrationNote" in body) is is_minor(born, TODAY)


@given(st.text(max_size=20))
def test_insz_feedback_never_crashes_and_ok_means_valid(raw: str):
    feedback = insz_feedback(raw)
    if feedback.ok and feedback.value:
        assert feedback.complete and validate_insz(feedback.value).ok


@given(st.text(max_size=40), st.text(max_size=40), st.text(max_size=10))
def test_validate_never_crashes_on_typed_text(first: str, email: str, postal: str):
    errors = validate(adult(first_name=first, email=email, postal_code=postal), TODAY)
    assert all(e.message for e in errors)


def test_dates_are_read_as_belgians_write_them():
    from balie.registration import format_date_nl, parse_date_nl

    assert parse_date_nl("14/03/1985") == date(1985, 3, 14)
    assert parse_date_nl("1.2.2015") == date(2015, 2, 1)
    assert parse_date_nl("1985-03-14") == date(1985, 3, 14)
    assert parse_date_nl("31/02/2020") is None
    assert parse_date_nl("morgen") is None
    assert format_date_nl(date(2027, 4, 30)) == "30/04/2027"


@given(st.dates())
def test_formatted_dates_read_back(day: date):
    from balie.registration import format_date_nl, parse_date_nl

    if day.year >= 1000:
        assert parse_date_nl(format_date_nl(day)) == day
