"""Charts as a list of boxes, lines, dots and labels on a pixel canvas.

SVG and PDF draw the same shapes (the PDF scales pixels to millimetres), so a chart looks
the same in both reports and its geometry is written once. Functions here take plain
values, not chart specs, so ``charts`` can build on them without an import cycle.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

WIDTH = 720
FONT = 12                   # pixels; 12 px = 9 pt in the PDF
TITLE_FONT = 14
INK, MUTED, GRID = "#222222", "#666666", "#dddddd"
PALETTE = ("#2f6db5", "#e07b39", "#3a9c6b", "#8a5fbf", "#c0504d", "#4bacc6")
LABEL_CHARS = 34            # longer bar labels are cut, with an ellipsis


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = INK
    width: float = 1.0
    dashed: bool = False


@dataclass(frozen=True)
class Dot:
    cx: float
    cy: float
    r: float
    fill: str


@dataclass(frozen=True)
class Label:
    """Text with its baseline at ``y``; ``anchor`` is 'start', 'middle' or 'end'."""

    x: float
    y: float
    text: str
    size: float = FONT
    anchor: str = "start"
    color: str = INK
    bold: bool = False


Shape = Box | Line | Dot | Label


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    shapes: tuple[Shape, ...]
    description: str            # alt text: the title and what is shown


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def nice_ticks(high: float, count: int = 4) -> list[float]:
    """0 and round steps (1, 2, 5 × 10^k) up to at least ``high``, for a value axis."""
    if high <= 0:
        return [0.0, 1.0]
    raw = high / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    steps = math.ceil(high / step - 1e-9)
    return [i * step for i in range(steps + 1)]


def _message(title: str, message: str) -> Drawing:
    shapes = (Label(8, 22, title, TITLE_FONT, bold=True), Label(8, 52, message, color=MUTED))
    return Drawing(WIDTH, 70, shapes, f"{title}: {message}")


def bars(title: str, labels: Sequence[str], values: Sequence[float], texts: Sequence[str],
         axis_label: str, note: str = "", reference: float | None = None,
         reference_text: str = "", empty: str = "No data for this period.") -> Drawing:
    """Horizontal bars, one row per label, each with its value written at its end; an
    optional dashed reference line (e.g. the baseline win rate)."""
    if not values:
        return _message(title, empty)
    row, bar, top = 24, 15, 46 if reference is not None else 34
    # Room on the right for the longest value text, at a generous 7 px a character.
    left, right = 250, WIDTH - min(300, 16 + 7 * max(len(t) for t in texts))
    extremes = [0.0, *values] + ([reference] if reference is not None else [])
    low, high = min(extremes), max(extremes)
    if high == low:
        high = low + 1
    scale = (right - left) / (high - low)

    def x_of(v: float) -> float:
        return left + (v - low) * scale

    shapes: list[Shape] = [Label(8, 22, title, TITLE_FONT, bold=True)]
    zero = x_of(0.0)
    for i, (label, value, text) in enumerate(zip(labels, values, texts, strict=True)):
        y = top + i * row
        shapes.append(Label(left - 8, y + bar - 3, shorten(label), anchor="end"))
        x0, x1 = sorted((zero, x_of(value)))
        shapes.append(Box(x0, y, max(x1 - x0, 1.0), bar, PALETTE[0]))
        shapes.append(Label((x1 if value >= 0 else zero) + 5, y + bar - 3, text))
    bottom = top + len(values) * row
    shapes.append(Line(zero, top - 4, zero, bottom, MUTED))
    if reference is not None:
        rx = x_of(reference)
        shapes.append(Line(rx, top - 8, rx, bottom, PALETTE[1], 1.5, dashed=True))
        shapes.append(Label(rx, top - 12, reference_text, anchor="middle", color=PALETTE[1]))
    shapes.append(Label((left + right) / 2, bottom + 18, axis_label, anchor="middle",
                        color=MUTED))
    height = bottom + 26
    if note:
        shapes.append(Label(8, height + 8, note, size=FONT - 1, color=MUTED))
        height += 16
    return Drawing(WIDTH, height, tuple(shapes), f"{title}: {axis_label} by row, as bars")


def lines(title: str, x_labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
          y_label: str, x_label: str, empty: str = "No data for this period.") -> Drawing:
    """One line per series over the x labels (e.g. months), with a legend, a gridded value
    axis and dots on every point (a single month still shows)."""
    if not x_labels or not series:
        return _message(title, empty)
    height, left, right, top, bottom = 300, 64, WIDTH - 40, 84, 250
    ticks = nice_ticks(max((v for _, values in series for v in values), default=0.0))
    y_scale = (bottom - top) / ticks[-1]
    step = (right - left) / max(len(x_labels) - 1, 1)

    def point(i: int, v: float) -> tuple[float, float]:
        x = left + i * step if len(x_labels) > 1 else (left + right) / 2
        return x, bottom - v * y_scale

    shapes: list[Shape] = [Label(8, 22, title, TITLE_FONT, bold=True)]
    x = 8.0
    for k, (name, _values) in enumerate(series):
        color = PALETTE[k % len(PALETTE)]
        shapes += [Box(x, 36, 12, 12, color), Label(x + 17, 46, name)]
        x += 30 + 7 * len(name)
    for tick in ticks:
        y = bottom - tick * y_scale
        shapes.append(Line(left, y, right, y, GRID))
        shapes.append(Label(left - 6, y + 4, f"{tick:,.0f}" if tick == int(tick) else
                            f"{tick:,.1f}", anchor="end", color=MUTED))
    shapes.append(Label(left - 6, top - 14, y_label, anchor="start", color=MUTED))
    every = math.ceil(len(x_labels) / 12)
    for i, label in enumerate(x_labels):
        if i % every == 0 or i == len(x_labels) - 1:
            shapes.append(Label(point(i, 0)[0], bottom + 16, label, anchor="middle",
                                color=MUTED))
    shapes.append(Line(left, bottom, right, bottom, MUTED))
    for k, (_name, values) in enumerate(series):
        color = PALETTE[k % len(PALETTE)]
        points = [point(i, v) for i, v in enumerate(values)]
        shapes += [Line(*a, *b, color, 2.0) for a, b in zip(points, points[1:], strict=False)]
        shapes += [Dot(px, py, 3.0, color) for px, py in points]
    shapes.append(Label((left + right) / 2, height - 14, x_label, anchor="middle",
                        color=MUTED))
    names = ", ".join(name for name, _ in series)
    return Drawing(WIDTH, height, tuple(shapes), f"{title}: {names} by {x_label.lower()}")
