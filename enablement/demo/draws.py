"""Weighted random draws, the two the story makes everywhere."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def choice(rng: random.Random, items: Sequence[T], weights: Sequence[float]) -> T:
    return rng.choices(items, weights=weights)[0]


def sample(rng: random.Random, items: Sequence[T], weights: Sequence[float],
           count: int) -> list[T]:
    """``count`` distinct items, each drawn by weight from those left."""
    pool, left = list(items), list(weights)
    chosen = []
    while pool and len(chosen) < count:
        index = rng.choices(range(len(pool)), weights=left)[0]
        chosen.append(pool.pop(index))
        left.pop(index)
    return chosen


def new_id() -> str:
    """An event id as the app makes them; not drawn from the seed (ids tell no story)."""
    return str(uuid.uuid4())
