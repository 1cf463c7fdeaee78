"""How the command line reads what is typed: filters, who you are, dates, yes or no."""

from __future__ import annotations

import getpass
import os
from datetime import date

from enablement.api import UserError

FILTER_OPTIONS = (
    ("stage", "S", "funnel stage (awareness, consideration, decision, onboarding, expansion)"),
    ("objection", "O", "objection answered (price, roi, security, integration, ...)"),
    ("kind", "K", "asset kind (case_study, battlecard, roi_calculator, one_pager, ...)"),
    ("competitor", "C", "competitor named"),
    ("industry", "I", "industry"),
    ("persona", "P", "buyer persona"),
)


def who(explicit: str | None) -> str:
    """The rep's name: ``--as``, then $ENABLEMENT_USER, then the login name."""
    name = (explicit or os.environ.get("ENABLEMENT_USER") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        raise UserError("Say who you are with --as NAME (or set ENABLEMENT_USER).") from None


def parse_helped(text: str | None) -> bool | None:
    if text is None:
        return None
    value = text.strip().lower()
    if value in ("yes", "y", "true", "1"):
        return True
    if value in ("no", "n", "false", "0"):
        return False
    raise UserError(f"--helped is yes or no, not '{text}'.")


def parse_day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{option} is a date like 2026-09-01, not '{text}'.") from None
