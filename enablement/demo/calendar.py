"""The period a demo history covers, and moments in it: working days, working hours.

Every moment is drawn from the story's one random source, so a seed and a day always
give the same dates.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from datetime import date, datetime, time, timedelta

from enablement.demo.cast import REPS


class Calendar:
    """From ``months`` before ``today`` to yesterday: nothing is ever dated today."""

    def __init__(self, rng: random.Random, today: date, months: int) -> None:
        self.rng = rng
        self.today = today
        self.start = months_before(today, months)
        self.last = today - timedelta(days=1)  # nothing today: always in the past
        self.months = months
        self.workdays = [d for d in days(self.start, self.last) if d.weekday() < 5] or [
            self.last]
        self.joined = {rep.name: self.fraction_day(rep.joined) for rep in REPS}

    def fraction_day(self, fraction: float) -> date:
        return self.start + timedelta(days=round((self.last - self.start).days * fraction))

    def ramp(self, day: date) -> float:
        """Adoption grows over the period, as the library catches on."""
        span = max(1, (self.last - self.start).days)
        return 0.7 + 0.3 * (day - self.start).days / span

    def workday(self, lo: date, hi: date) -> date:
        """A working day of the period in [lo, hi], or else the last one before ``hi``
        (never later, so a day bounded by a close date stays on or before it)."""
        lo, hi = max(lo, self.start), min(hi, self.last)
        first, after = bisect_left(self.workdays, lo), bisect_right(self.workdays, hi)
        if first >= after:
            return self.workdays[max(0, after - 1)]
        return self.workdays[self.rng.randrange(first, after)]

    def at(self, day: date) -> datetime:
        """A moment in working hours, busiest late morning."""
        seconds = int(self.rng.triangular(8 * 3600, 18 * 3600 + 1800, 11 * 3600))
        return datetime.combine(day, time()) + timedelta(seconds=seconds)

    def after(self, moment: datetime, day: date, minutes: tuple[int, int]) -> datetime:
        """A moment on ``day`` at least a few ``minutes`` after ``moment``."""
        later = moment + timedelta(minutes=self.rng.randint(*minutes))
        chosen = self.at(day)
        if chosen <= later:
            chosen = later
        return min(chosen, datetime.combine(day, time(23, 59)))

    def synced_on_or_after(self, day: date) -> date:
        """The first working day from ``day`` (the last one if none): a CRM sync."""
        return self.workdays[min(bisect_left(self.workdays, day), len(self.workdays) - 1)]


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))
