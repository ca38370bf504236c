"""Configuration layers as support staff meet them: installer file, user file, command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from balie.config import ConfigError, load_config, write_machine_config


def _ini(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_apply_when_no_file_exists(tmp_path: Path):
    cfg = load_config(machine_path=tmp_path / "none.ini", user_path=tmp_path / "none2.ini")
    assert cfg.get("platform", "environment") == "training"
    assert cfg.get_int("sync", "interval_seconds") == 30
    assert cfg.policies().default.social_list_warn_after.total_seconds() == 24 * 3600
    assert cfg.source_of("platform", "environment") == "default"


def test_user_file_beats_machine_file_and_command_line_beats_both(tmp_path: Path):
    machine = _ini(tmp_path / "m.ini", "[counter]\nname = Onthaal\nlanguage = nl\n"
                                      "[platform]\nenvironment = production\n")
    user = _ini(tmp_path / "u.ini", "[counter]\nlanguage = fr\n")
    cfg = load_config({"platform": {"environment": "test"}}, machine_path=machine, user_path=user)
    assert cfg.get("counter", "name") == "Onthaal"  # only the machine file sets it
    assert cfg.get("counter", "language") == "fr"  # user file wins over machine file
    assert cfg.get("platform", "environment") == "test"  # command line wins over all
    assert cfg.source_of("counter", "language").startswith("user:")
    assert cfg.source_of("platform", "environment") == "command line"


def test_secret_in_config_file_is_refused_with_advice(tmp_path: Path):
    machine = _ini(tmp_path / "m.ini", "[platform]\nclient_secret = hunter2\n")
    with pytest.raises(ConfigError) as err:
        load_config(machine_path=machine, user_path=tmp_path / "x.ini")
    assert "sleutelbos" in str(err.value)
    assert "hunter2" not in str(err.value)


def test_broken_file_names_the_file_and_is_not_half_applied(tmp_path: Path):
    machine = _ini(tmp_path / "m.ini", "[counter]\nname = A\nthis is not ini\n")
    with pytest.raises(ConfigError) as err:
        load_config(machine_path=machine, user_path=tmp_path / "x.ini")
    assert str(machine) in str(err.value)


def test_unknown_key_is_reported_with_the_valid_ones(tmp_path: Path):
    user = _ini(tmp_path / "u.ini", "[counter]\nnaam = Onthaal\n")
    with pytest.raises(ConfigError) as err:
        load_config(machine_path=tmp_path / "m.ini", user_path=user)
    assert "naam" in str(err.value) and "organizer_id" in str(err.value)


def test_non_numeric_value_gives_a_clear_message(tmp_path: Path):
    user = _ini(tmp_path / "u.ini", "[sync]\ninterval_seconds = vaak\n")
    cfg = load_config(machine_path=tmp_path / "m.ini", user_path=user)
    with pytest.raises(ConfigError, match="geheel getal"):
        cfg.get_int("sync", "interval_seconds")


def test_installer_write_keeps_existing_keys(tmp_path: Path):
    path = tmp_path / "ProgramData" / "balie" / "balie.ini"
    write_machine_config(path, {"counter": {"name": "Kassa 1"}})
    write_machine_config(path, {"platform": {"environment": "production"}})
    cfg = load_config(machine_path=path, user_path=tmp_path / "x.ini")
    assert cfg.get("counter", "name") == "Kassa 1"
    assert cfg.get("platform", "environment") == "production"


def test_offline_policy_comes_from_the_policy_section_with_per_organizer_overrides(tmp_path: Path):
    machine = _ini(tmp_path / "m.ini",
                   "[policy]\nsocial_list_warn_hours = 12\noffline_points_rewards = false\n"
                   "[policy:org-zwembad]\nsocial_list_refuse_days = 2\n")
    policies = load_config(machine_path=machine, user_path=tmp_path / "u.ini").policies()
    default = policies.for_organizer("another-organizer")
    pool = policies.for_organizer("org-zwembad")
    assert default.social_list_warn_after.total_seconds() == 12 * 3600
    assert not default.offline_points_rewards
    assert pool.social_list_refuse_after.days == 2
    assert pool.social_list_warn_after == default.social_list_warn_after  # inherits the default
    assert default.social_list_refuse_after.days == 7  # the policy's own default


def test_an_impossible_policy_is_refused_with_the_key_named(tmp_path: Path):
    user = _ini(tmp_path / "u.ini", "[policy]\noffline_reward_max_points = -5\n")
    with pytest.raises(ConfigError, match="offline_reward_max_points"):
        load_config(machine_path=tmp_path / "m.ini", user_path=user).policies()


def test_unknown_key_in_an_organizer_policy_section_is_reported(tmp_path: Path):
    user = _ini(tmp_path / "u.ini", "[policy:org-1]\nwarn_after = 3\n")
    with pytest.raises(ConfigError, match="warn_after"):
        load_config(machine_path=tmp_path / "m.ini", user_path=user)


def test_machine_file_written_in_the_windows_ansi_code_page_is_read(tmp_path: Path):
    machine = tmp_path / "m.ini"
    machine.write_bytes("[counter]\nname = Kassa café\n".encode("cp1252"))
    cfg = load_config(machine_path=machine, user_path=tmp_path / "u.ini")
    assert cfg.get("counter", "name") == "Kassa café"


def test_per_user_file_cannot_override_what_the_machine_file_governs(tmp_path: Path):
    """Group policy: IT's machine file decides environment, URLs, organizer and policy; a
    cashier's own balie.ini may only choose personal preferences such as the language."""
    machine = _ini(tmp_path / "m.ini", "[platform]\nenvironment = production\n"
                                      "[counter]\norganizer_id = org-zwembad\n")
    user = _ini(tmp_path / "u.ini",
                "[platform]\nenvironment = training\napi_url = https://evil.example/\n"
                "[counter]\norganizer_id = org-other\nlanguage = fr\n"
                "[policy]\noffline_reward_max_points = 999\n")
    cfg = load_config(machine_path=machine, user_path=user)
    assert cfg.get("platform", "environment") == "production"
    assert cfg.get("platform", "api_url") == ""  # not set by IT, still not the user's to set
    assert cfg.get("counter", "organizer_id") == "org-zwembad"
    assert cfg.get("policy", "offline_reward_max_points") == ""
    assert cfg.get("counter", "language") == "fr"  # a personal preference stays the user's
    assert any(line.startswith("platform.api_url") for line in cfg.ignored)
    assert not any(line.startswith("counter.language") for line in cfg.ignored)


def test_a_file_named_with_config_cannot_undo_what_the_machine_file_governs(tmp_path: Path):
    """`balie gui --config mine.ini` on a managed PC: the file the cashier chose counts as a
    per-user file; the machine file itself, named with --config by support, applies whole."""
    machine = _ini(tmp_path / "m.ini", "[platform]\nenvironment = production\n")
    mine = _ini(tmp_path / "mine.ini", "[platform]\nenvironment = training\n"
                                       "api_url = https://evil.example/\n"
                                       "[counter]\nlanguage = en\n")
    cfg = load_config(machine_path=machine, user_path=tmp_path / "none.ini", extra_path=mine)
    assert cfg.get("platform", "environment") == "production"
    assert cfg.get("platform", "api_url") == ""
    assert cfg.get("counter", "language") == "en"
    assert any(line.startswith("platform.api_url") for line in cfg.ignored)
    itself = load_config(machine_path=machine, user_path=tmp_path / "none.ini",
                         extra_path=machine)
    assert itself.get("platform", "environment") == "production" and itself.ignored == ()
    unmanaged = load_config(machine_path=tmp_path / "none-m.ini",
                            user_path=tmp_path / "none.ini", extra_path=mine)
    assert unmanaged.get("platform", "api_url") == "https://evil.example/"


def test_without_a_machine_file_the_user_file_applies_in_full(tmp_path: Path):
    user = _ini(tmp_path / "u.ini", "[platform]\nenvironment = test\n")
    cfg = load_config(machine_path=tmp_path / "none.ini", user_path=user)
    assert cfg.get("platform", "environment") == "test" and cfg.ignored == ()


def test_doctor_names_the_per_user_settings_the_machine_file_overrules(tmp_path: Path):
    from balie.doctor import Severity, check_ignored_user_settings

    machine = _ini(tmp_path / "m.ini", "[platform]\nenvironment = production\n")
    user = _ini(tmp_path / "u.ini", "[platform]\napi_url = https://evil.example/\n")
    finding = check_ignored_user_settings(load_config(machine_path=machine,
                                                      user_path=user).ignored)
    assert finding is not None and finding.severity is Severity.INFO
    assert "platform.api_url" in finding.detail and "machine-instellingen" in finding.fix
    assert check_ignored_user_settings(()) is None


def test_the_uncertain_price_choice_is_read_per_organizer(tmp_path: Path):
    user = _ini(tmp_path / "u.ini", "[policy:org-museum]\nuncertain_price = regular\n")
    policies = load_config(machine_path=tmp_path / "m.ini", user_path=user).policies()
    assert policies.for_organizer("org-museum").uncertain_price.value == "regular"
    assert policies.default.uncertain_price.value == "static"


def test_the_scanner_signature_comes_from_the_scanner_section(tmp_path):
    """[scanner] keys reach the wedge detector; an unreadable number keeps the safe default."""
    from balie.app.window import wedge_config
    from balie.cardreader.wedge import WedgeConfig

    path = tmp_path / "balie.ini"
    path.write_text("[scanner]\nmax_gap_ms = 45\nmin_length = 13\nprefix = ]C1\n", encoding="utf-8")
    none = tmp_path / "none.ini"
    assert wedge_config(load_config(machine_path=path, user_path=none)) == \
        WedgeConfig(max_gap_ms=45, min_length=13, prefix="]C1")
    path.write_text("[scanner]\nmax_gap_ms = snel\n", encoding="utf-8")
    assert wedge_config(load_config(machine_path=path, user_path=none)) == WedgeConfig()
