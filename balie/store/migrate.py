"""Bring a store file to the newest schema when the app opens it, safely.

Counter PCs update the app without anyone watching, so migrations run automatically at open. Three
rules protect the queue of unsent sales inside the file:

- before migrating an existing file, a consistent copy is made with SQLite's online backup API
  (``backups/`` next to the store): a failed migration can always be undone by ``balie restore``;
- a file written by a NEWER app (an alembic revision we do not know) is refused and left untouched:
  running old code on a newer schema could lose data;
- a SQLite file that is not a balie store is refused too.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from balie.domain import Problem, utcnow
from balie.store.db import StoreError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    """The alembic configuration, built in code: no alembic.ini on a user's machine."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_REVISION = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([^'\"\s#]+)['\"]?", re.MULTILINE)


@cache
def _chain() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files' text. Importing alembic (and
    through it every SQL dialect) costs ~0.6 s of a command's start, and most opens find the
    file already at head: alembic is only loaded when a migration really runs.
    tests/core/test_migrations.py checks this reading against alembic's own."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found: dict[str, str] = {m.group(1): m.group(2)
                                 for m in _REVISION.finditer(path.read_text(encoding="utf-8"))}
        if "revision" in found:
            down = found.get("down_revision")
            chain[found["revision"]] = None if down in (None, "None") else down
    return chain


def head_revision() -> str:
    chain = _chain()
    heads = set(chain) - set(chain.values())
    assert len(heads) == 1, f"one migration head expected, found {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_chain())


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def current_revision(path: Path) -> tuple[str | None, bool]:
    """(alembic revision, has other tables) read through a read-only connection that cannot
    change the file."""
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, bool(tables - {"alembic_version"})
    except sqlite3.DatabaseError as exc:
        raise StoreError(Problem(
            code="store-not-a-database",
            message=f"Het bestand {path.name} is geen leesbare kassadatabank.",
            next_step="Zet een back-up terug met 'balie restore' of bel de helpdesk.",
        )) from exc
    finally:
        conn.close()


def backup_copy(path: Path, backups: Path, label: str, now: datetime | None = None) -> Path:
    """A consistent copy of a live store via sqlite3's online backup API (safe while WAL is in
    use, unlike copying the file)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = (now or utcnow()).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"{path.stem}-{stamp}-{label}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backups / f"{path.stem}-{stamp}-{label}-{n}.sqlite3"
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def refuse_unknown(path: Path, revision: str | None, has_tables: bool) -> None:
    if revision is not None and revision not in known_revisions():
        raise StoreError(Problem(
            code="store-from-newer-version",
            message="Deze kassadatabank is gemaakt door een nieuwere versie van balie. Deze versie "
                    "kan ze niet veilig openen; er is niets aan veranderd.",
            next_step="Installeer de nieuwste versie van balie op deze pc.",
            extras={"revision": revision, "path": str(path)},
        ))
    if revision is None and has_tables:
        raise StoreError(Problem(
            code="store-not-balie",
            message=f"Het bestand {path.name} is geen kassadatabank van balie.",
            next_step="Kies een andere gegevensmap met --data-dir.",
            extras={"path": str(path)},
        ))


def upgrade(engine: Engine, path: Path, backups: Path, *, target: str = "head") -> MigrationResult:
    """Check, back up and migrate ``path`` (the file behind ``engine``) to ``target``."""
    revision, has_tables = current_revision(path)
    refuse_unknown(path, revision, has_tables)
    goal = head_revision() if target == "head" else target
    if revision == goal:
        return MigrationResult(revision, goal, None)
    backup = backup_copy(path, backups, f"before-{goal}") if revision is not None else None
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, goal)
    log.info("store migrated from %s to %s", revision, goal)
    return MigrationResult(revision, goal, backup)
