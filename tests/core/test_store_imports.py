"""The store is built top-down: ``store.py`` builds the topic modules over a narrow handle, and no
module of ``balie/store`` reaches back up to it, neither at load time nor lazily inside a function
nor for type checking only. A cycle there is how ``outbox`` and ``records`` once came to need
each other's half-loaded module (and why imports had to hide inside functions)."""

from __future__ import annotations

from tests.test_layers import _import_graph, _strongly_connected


def _store_graph() -> dict[str, dict[str, str]]:
    """The import graph of balie/ (test_layers' walk: top level, lazy and TYPE_CHECKING imports,
    relative ones resolved), cut down to the store's own modules (not its migrations)."""
    graph = _import_graph()
    store = {name for name in graph if name == "balie.store" or (
        name.startswith("balie.store.") and not name.startswith("balie.store.migrations"))}
    return {name: {t: where for t, where in graph[name].items() if t in store} for name in store}


def test_no_import_cycle_of_any_kind_inside_the_store() -> None:
    graph = _store_graph()
    assert "balie.store.store" in graph["balie.store"], "the check must see the package's imports"
    cycles = _strongly_connected(graph)
    assert not cycles, "import cycles in balie/store (lazy and TYPE_CHECKING imports count): " + \
        "; ".join(" <-> ".join(c) for c in cycles)


def test_topic_modules_never_import_the_store_module() -> None:
    """Only the package's ``__init__`` may name ``store.py``: the topics get the handle instead."""
    graph = _store_graph()
    reaching_up = sorted(name for name, targets in graph.items()
                         if name not in ("balie.store", "balie.store.store")
                         and {"balie.store.store", "balie.store"} & targets.keys())
    assert not reaching_up, f"these store modules import store.py (or the package): {reaching_up}"


def test_the_cycle_check_finds_a_cycle() -> None:
    """The rule itself works: a loop through three modules is reported as one group."""
    graph = {"a": {"b": ""}, "b": {"c": ""}, "c": {"a": ""}, "d": {"a": ""}}
    assert _strongly_connected(graph) == [["a", "b", "c"]]
