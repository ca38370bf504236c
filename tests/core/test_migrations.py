"""Schema migrations at open: fresh files, an old file upgraded in place, refusals that touch nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from balie.store import Store, StoreError
from balie.store.migrate import head_revision
from balie.store.models import Base

DATA = Path(__file__).resolve().parent / "data"


def test_fresh_store_is_created_at_the_newest_schema(tmp_path: Path):
    with Store.open(tmp_path / "balie.sqlite3") as store:
        assert store.migration.from_revision is None
        assert store.migration.to_revision == head_revision()
        assert store.migration.backup is None


def test_migrated_schema_matches_the_models(tmp_path: Path):
    with Store.open(tmp_path / "balie.sqlite3") as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_store_made_by_first_schema_upgrades_in_place_keeping_its_sales(tmp_path: Path):
    path = tmp_path / "balie.sqlite3"
    shutil.copy(DATA / "store_0001.sqlite3", path)
    with Store.open(path) as store:
        assert store.migration.from_revision == "0001"
        assert store.migration.to_revision == head_revision() != "0001"
        assert store.device_id == "11111111-2222-3333-4444-555555555555"
        sold = store.records.ticket_sales("aaaaaaaa-0000-4000-8000-000000000001")
        assert [(t.platform_id, t.price_cents, t.regular_price_label) for t in sold] == [
            (None, 200, None)]
        assert store.outbox.get("aaaaaaaa-0000-4000-8000-000000000002").status == "PENDING"
        assert store.has_table("retention_totals")
        # the sequence continues after the old rows: no duplicate numbers after an upgrade
        from balie.domain import ActionKind, Operator
        rec = store.records.passholder_change(
            ActionKind.PASSHOLDER_REGISTER, {}, Operator("op", "Op"),
            store.outbox.get("aaaaaaaa-0000-4000-8000-000000000002").created_at,
            client_uuid="aaaaaaaa-0000-4000-8000-000000000003", uitpas_number="0900000067513")
        assert rec.sequence == 3


def test_upgrade_first_makes_a_consistent_backup_in_the_backups_folder(tmp_path: Path):
    path = tmp_path / "balie.sqlite3"
    shutil.copy(DATA / "store_0001.sqlite3", path)
    with Store.open(path) as store:
        backup = store.migration.backup
    assert backup is not None and backup.parent == tmp_path / "backups"
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert copy.execute("SELECT count(*) FROM ticket_sales").fetchone()[0] == 2
    copy.close()


def test_reopening_an_up_to_date_store_makes_no_backup(tmp_path: Path):
    path = tmp_path / "balie.sqlite3"
    Store.open(path).close()
    with Store.open(path) as again:
        assert again.migration.backup is None
    assert not (tmp_path / "backups").exists()


def test_store_from_a_newer_app_is_refused_and_left_byte_for_byte_untouched(tmp_path: Path):
    path = tmp_path / "balie.sqlite3"
    shutil.copy(DATA / "store_0001.sqlite3", path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert err.value.problem.code == "store-from-newer-version"
    assert "nieuwere versie" in err.value.problem.message
    assert "Installeer" in err.value.problem.next_step
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.close()
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert err.value.problem.code == "store-not-balie"


def test_revisions_read_from_the_files_match_alembics_own_reading():
    """The store opens without importing alembic (a command's start is faster by ~0.6 s); the
    cheap reading of the migration files must name the same revisions and head as alembic."""
    from alembic.script import ScriptDirectory

    from balie.store.migrate import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert head_revision() == script.get_current_head()


def test_opening_a_store_at_head_does_not_load_alembic(tmp_path: Path):
    import subprocess
    import sys

    path = tmp_path / "balie.sqlite3"
    Store.open(path).close()  # created (and migrated) here, at head
    code = ("import sys; from pathlib import Path; from balie.store import Store; "
            f"Store.open(Path({str(path)!r})).close(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.strip() == "[]"
