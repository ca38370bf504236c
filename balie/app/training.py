"""The training counter's demo world as the composition root hands it out: the practice organizer
and cashier, the virtual cards of the training dock, and the demo pass numbers tools script with.

Kept apart so the screens and tools never import :mod:`balie.training` themselves."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from balie.domain import Operator

if TYPE_CHECKING:
    from balie.ui.training_dock import DemoCard

#: the demo organizer a training counter sells for (a swimming pool: kansentarief, coupons, points)
TRAINING_ORGANIZER = "pool"
TRAINING_OPERATOR = Operator("training", "Oefenkassier")


def demo_cards() -> list[DemoCard]:
    """One virtual card per demo pass, for the training dock."""
    from balie.training import demo
    from balie.ui.training_dock import DemoCard

    return [DemoCard(key, f"{p.first_name}: {p.description_nl}") for key, p in demo.PASSES.items()]


def demo_pass_numbers() -> dict[str, str]:
    """Demo pass key -> UiTPAS number, for tools that script the training counter."""
    from balie.training import demo

    return {key: p.uitpas_number for key, p in demo.PASSES.items()}


def training_demo() -> ModuleType:
    """The training platform's demo world (balie.training.demo), for tools that script the
    training counter (screenshots) without importing the training package themselves."""
    from balie.training import demo

    return demo
