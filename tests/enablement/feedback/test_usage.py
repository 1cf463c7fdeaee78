"""Usage events: what reps did with an asset, counted per action."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enablement.errors import UserError
from enablement.feedback import usage
from enablement.feedback.deals import import_deals
from enablement.library import Library
from enablement.store.models import Deal, UsageEvent


def test_record_and_count(demo_library: Library, tmp_path: Path) -> None:
    csv = tmp_path / "deals.csv"
    csv.write_text("Id,Name,Account Name,Amount,StageName,IsClosed,IsWon,CloseDate,Type\n"
                   "006X,Acme rollout,Acme,1000,Prospecting,false,false,2026-12-01,New\n")
    with demo_library.sessions.begin() as session:
        import_deals(session, csv)
        deal = session.scalar(select(Deal.id))
        usage.record(session, [1, 2], "Dana", "previewed", when=datetime(2026, 11, 1))
        usage.record(session, [1], "Dana", "opened", when=datetime(2026, 11, 2))
        usage.record(session, [1], "", "exported", when=datetime(2026, 11, 3))
        usage.record(session, [1], "Dana", "used_on_call", deal_id=deal,
                     when=datetime(2026, 11, 4))
        usage.record(session, [99_999], "Dana", "opened")  # gone meanwhile: not counted
    with demo_library.sessions() as session:
        assert usage.counts(session, 1) == usage.UsageCounts(
            previewed=1, opened=1, exported=1, used_on_call=1,
            last_used=datetime(2026, 11, 4))
        assert usage.counts(session, 2).previewed == 1
        assert session.scalar(select(func.count()).select_from(UsageEvent)) == 5
        anonymous = session.scalar(select(UsageEvent.user_name).where(
            UsageEvent.action == "exported"))
        assert anonymous == usage.ANONYMOUS
        on_call = session.scalar(select(UsageEvent).where(
            UsageEvent.action == "used_on_call"))
        assert on_call.deal_id == deal


def test_bad_usage_is_refused(demo_library: Library) -> None:
    with demo_library.sessions.begin() as session:
        with pytest.raises(UserError, match="Unknown action"):
            usage.record(session, [1], "Dana", "liked")
        with pytest.raises(UserError, match="Settings"):
            usage.record(session, [1], " ", "used_on_call")
        with pytest.raises(UserError, match="import deals"):
            usage.record(session, [1], "Dana", "used_on_call", deal_id=12345)
