"""Training's practice folders: thrown away at the end unless --keep, and what a crashed run left
behind is removed at the next start (never a folder of a run that is still going)."""

from __future__ import annotations

import os
import subprocess
import sys

from balie import practice_folder


def test_a_crashed_runs_folder_goes_at_the_next_start_a_running_ones_stays(tmp_path):
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    crashed = tmp_path / f"{practice_folder.PREFIX}crashed"
    (crashed / "training-platform").mkdir(parents=True)
    (crashed / practice_folder.OWNER).write_text(ended.stdout.strip(), encoding="ascii")
    (crashed / "balie-training.sqlite3").write_bytes(b"practice")
    mine = practice_folder.make(keep=False, root=tmp_path)
    kept = practice_folder.make(keep=True, root=tmp_path)
    assert (mine / practice_folder.OWNER).read_text(encoding="ascii") == str(os.getpid())

    removed = practice_folder.sweep(tmp_path)

    assert removed == [crashed] and not crashed.exists()
    assert mine.is_dir(), "a running app keeps its folder"
    assert kept.is_dir(), "--keep's folder is never swept"
    practice_folder.remove(mine)
    assert not mine.exists()


def test_keep_reuses_one_folder_per_user(tmp_path):
    first = practice_folder.make(keep=True, root=tmp_path)
    (first / "balie-training.sqlite3").write_bytes(b"yesterday's course")
    again = practice_folder.make(keep=True, root=tmp_path)
    assert again == first and (again / "balie-training.sqlite3").read_bytes() == \
        b"yesterday's course"
