"""The soak bench (bench/soak.py) in small: 200 mixed transactions (counter, group bursts, paper
sheets), 10 SIGKILLs of ``balie sync``, up to three sync processes at once, our fault proxy on the
wire; the local store and the training platform's own records must agree exactly."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from balie.training import TrainingPlatform

ROOT = Path(__file__).resolve().parents[2]


def _bench(name: str) -> object:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_small_soak_with_kills_parallel_workers_and_wire_faults_loses_and_doubles_nothing(
        tmp_path: Path, platform: TrainingPlatform) -> None:
    drain, soak = _bench("drain"), _bench("soak")
    # the faults meet the deliveries made while the producer runs; the rest goes in the final,
    # fault-free sync (the bench keeps draining with faults on; too slow for the suite)
    result = soak.soak(tmp_path, count=200, kills=10, holders=100, seed=5,  # type: ignore[attr-defined]
                       platform=drain.LocalPlatform(platform),  # type: ignore[attr-defined]
                       drain_with_faults_s=0)
    assert result["transactions"] == 200 and result["kills"] == 10
    assert result["max_workers_at_once"] >= 2
    assert sum(result["faults_injected"].values()) > 0
    figures = {k: result[k] for k in ("lost", "duplicated", "stuck", "silently_dropped",
                                      "needs_attention")}
    assert figures == {"lost": 0, "duplicated": 0, "stuck": 0, "silently_dropped": 0,
                       "needs_attention": 0}, result
