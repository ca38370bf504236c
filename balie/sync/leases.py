"""Who may read a SENT outbox row back, and when: the sync worker's owners, leases and groups.

A SENT row's request may still be on the wire. Reading it back too early (while its sender is
still sending, or before a stalled request reached the platform) and finding "not landed" leads
to sending it a second time. These helpers give the worker the numbers and the test it needs;
the rule itself is :func:`balie.sync.queue.read_back_at`.
"""

from __future__ import annotations

import os
import socket
import sys
from datetime import datetime, timedelta

from balie.store.outbox import OutboxItem
from balie.sync import queue
from balie.sync.client import UitpasClient


def same_pass_groups(items: list[OutboxItem]) -> list[list[OutboxItem]]:
    """Entries grouped by pass, each group in sequence order. One pass is its queue key, its
    UiTPAS number and its passholder id together: entries sharing any of them share a group."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for item in items:
        names = [f"u:{item.client_uuid}"] + [
            f"{k}:{v}" for k, v in (("k", item.pass_key), ("n", item.payload.get("uitpasNumber")),
                                     ("h", item.payload.get("passholderId"))) if v]
        for other in names[1:]:
            parent[find(other)] = find(names[0])
    groups: dict[str, list[OutboxItem]] = {}
    for item in sorted(items, key=lambda i: i.sequence):
        groups.setdefault(find(f"u:{item.client_uuid}"), []).append(item)
    return list(groups.values())


def owner_alive(owner: str) -> bool:
    """Is the worker that wrote ``owner`` (``host:pid:…``) still running? Another host's or an
    unreadable owner counts as alive: only its lease can end its claim."""
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname()[:30] or not pid_text.isdigit():
        return True
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def earliest(*times: datetime | None) -> datetime | None:
    known = [t for t in times if t is not None]
    return min(known) if known else None


def settle_for(client: UitpasClient) -> timedelta:
    """A lost request may arrive late at most about one read timeout after the client gave up."""
    timeout = getattr(client, "timeout", (10.0, 30.0))
    return timedelta(seconds=float(timeout[1] if isinstance(timeout, tuple) else timeout))


def lease_for(client: UitpasClient, batch_size: int, parallel: int) -> timedelta:
    """Long enough for a whole batch of requests to end, each waiting its full timeout."""
    timeout = getattr(client, "timeout", (10.0, 30.0))
    per_request = float(sum(timeout)) if isinstance(timeout, tuple) else float(timeout)
    rounds = -(-batch_size // max(1, parallel))
    return max(queue.DEFAULT_LEASE, timedelta(seconds=2 * per_request * (rounds + 2)))
