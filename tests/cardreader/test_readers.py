"""Which reader does what: names of common counter readers map to the right role."""

from __future__ import annotations

from balie.cardreader.readers import ReaderConfig, ReaderRole, assign_roles, role_of

ACR1252 = [
    "ACS ACR1252 1S CL Reader [ACR1252 1S CL Reader PICC] 00 00",
    "ACS ACR1252 1S CL Reader [ACR1252 1S CL Reader SAM] 01 00",
]


def test_acr1252_picc_slot_is_the_nfc_reader_and_its_sam_slot_is_ignored():
    assert assign_roles(ACR1252, ReaderConfig()) == {ACR1252[0]: ReaderRole.NFC}


def test_acr122u_is_an_nfc_reader():
    assert role_of("ACS ACR122U PICC Interface 00 00", ReaderConfig()) is ReaderRole.NFC


def test_dual_interface_reader_contact_slot_goes_to_auto_and_cl_slot_to_nfc():
    names = ["OMNIKEY CardMan 5x21 00 00", "OMNIKEY CardMan 5x21-CL 00 01"]
    assert assign_roles(names, ReaderConfig()) == {names[0]: ReaderRole.AUTO, names[1]: ReaderRole.NFC}


def test_samsung_is_not_mistaken_for_a_sam_slot():
    assert role_of("Samsung Contact Reader 00 00", ReaderConfig()) is ReaderRole.AUTO


def test_configured_names_pin_the_roles_and_other_readers_are_left_alone():
    config = ReaderConfig(nfc_reader="Virtual PCD 00 00", eid_reader="*00 01")
    names = ["Virtual PCD 00 00", "Virtual PCD 00 01", "Alcor Micro AU9540 00 00"]
    assert assign_roles(names, config) == {names[0]: ReaderRole.NFC, names[1]: ReaderRole.EID}


def test_matching_is_case_insensitive():
    assert role_of("Gemalto PC Twin Reader 00 00", ReaderConfig(eid_reader="gemalto")) is ReaderRole.EID
