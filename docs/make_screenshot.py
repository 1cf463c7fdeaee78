"""Make docs/window.png: the real window on the demo library, as a rep would see it.

Run under a real X server or Xvfb, e.g.::

    xvfb-run -s '-screen 0 1366x768x24' .venv/bin/python docs/make_screenshot.py

It imports the demo into a temporary library (with four ratings, so stars show), types a
search, filters it, selects the first PDF hit so the preview renders, and grabs the whole
screen (a 1366x768 laptop).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    work = Path(tempfile.mkdtemp())
    os.environ["ENABLEMENT_SETTINGS"] = str(work / "settings.ini")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from enablement import ratings
    from enablement.library import Library
    from enablement.models import Asset
    from enablement.paths import demo_library_source
    from ui.app import build_window

    with Library.open(work / "library") as library:
        library.import_paths([demo_library_source()])
        with library.sessions.begin() as session:  # a little feedback, as reps would give
            titles = dict(session.execute(select(Asset.title, Asset.id)).all())
            whitepaper = titles["Brightledger security architecture and compliance whitepaper"]
            for person, stars in (("Dana Reyes", 5), ("Lee Okafor", 4), ("Sam Patel", 5)):
                ratings.rate(session, whitepaper, person, stars)
            ratings.rate(session, titles["Security review kickoff email"], "Lee Okafor", 3)
    app = QApplication(sys.argv[:1])
    window = build_window(work / "library")
    window.settings.user_name = "Dana Reyes"
    window.apply_role("marketer")
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    pump(2)
    QTest.keyClicks(window.search_box, "security review", Qt.KeyboardModifier.NoModifier, 30)
    pump(1.5)
    window.facets.value_item("stage", "decision").setCheckState(0, Qt.CheckState.Checked)
    pump(1.5)
    pdf_row = next(i for i, row in enumerate(window.model.rows) if "PDF" in row.meta)
    window.results.setCurrentIndex(window.model.index(pdf_row))
    pump(3)
    out = REPO / "docs" / "window.png"
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(out))
    print(f"saved {out} ({screen.size().width()}x{screen.size().height()})")
    window.close()


if __name__ == "__main__":
    main()
