"""How numbers read in the HTML and PDF reports (the CSV keeps them raw), in one place so
the reading, the tables and the charts agree to the digit."""

from __future__ import annotations

from datetime import date, datetime

DASH = "–"  # shown for "no value"; the PDF turns it into "-"


def pct(rate: float | None) -> str:
    """0.3111 → '31%'."""
    return DASH if rate is None else f"{rate * 100:.0f}%"


def points(lift: float | None) -> str:
    """26.7 → '+27 points'."""
    return DASH if lift is None else f"{lift:+.0f} points"


def count(n: int | float) -> str:
    return f"{n:,.0f}"


def money(amount: float) -> str:
    """Deal amounts come from CRMs in whatever currency they use, so no symbol."""
    return f"{amount:,.0f}"


def stars(rating: float | None) -> str:
    return DASH if rating is None else f"{rating:.1f}"


def day(value: date | datetime | None) -> str:
    if value is None:
        return DASH
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()


def moment(value: datetime | None) -> str:
    return DASH if value is None else value.strftime("%Y-%m-%d %H:%M")


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 deal', '2 deals', '1,204 searches'."""
    return f"{count(n)} {word if n == 1 else many or word + 's'}"
