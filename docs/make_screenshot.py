"""Make docs/window.png, insights.png, calculator.png, review.png, partial.png and
synonyms.png: the real window, demo library.

Run under a real X server or Xvfb, e.g.::

    xvfb-run -s '-screen 0 1366x768x24' .venv/bin/python docs/make_screenshot.py
    xvfb-run -s '-screen 0 1366x768x24' .venv/bin/python docs/make_screenshot.py review.png

(naming pictures saves only those).

It imports the demo into a temporary library with its generated team history (as on
first run), types a search, filters it, selects the first PDF hit so the preview renders,
and grabs the whole screen (a 1366x768 laptop); then opens Insights, as a marketer would,
and grabs it again; the ROI calculator; the Review page, a few suggestions in; and a
search about something the demo does not hold (partial matches); and the search synonym
list with a group of the library's own just added.
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
    wanted = set(sys.argv[1:])
    work = Path(tempfile.mkdtemp())
    os.environ["ENABLEMENT_SETTINGS"] = str(work / "settings.ini")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from enablement.demo import history as demo_history
    from enablement.library import Library
    from enablement.paths import demo_library_source
    from enablement.sync import hub, publish, run
    from ui.app import build_window

    with Library.open(work / "library") as library:
        library.import_paths([demo_library_source()])
        demo_history.generate(library)
        hub_url = f"sqlite:///{work / 'hub.db'}"  # a team hub, so the status bar shows sync
        hub.init_hub(hub_url)
        with hub.connected(hub_url) as engine:
            publish.publish(library.sessions, engine, library.content, "Dana Reyes")
        run.remember_url(library, hub_url)
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
    screen = app.primaryScreen()

    def grab(name: str) -> None:
        if wanted and name not in wanted:
            return
        out = REPO / "docs" / name
        screen.grabWindow(0).save(str(out))
        print(f"saved {out} ({screen.size().width()}x{screen.size().height()})")

    grab("window.png")
    window.show_insights_page()
    pump(1)
    while window.insights_view.insights is None or window.insights_view.busy.isVisible():
        pump(0.2)
    pump(1)
    grab("insights.png")
    window.show_library_page()
    window.search_box.clear()
    QTest.keyClicks(window.search_box, "AP automation ROI calculator",
                    Qt.KeyboardModifier.NoModifier, 10)
    pump(2)
    row = next(i for i, r in enumerate(window.model.rows)
               if r.title == "Brightledger AP automation ROI calculator")
    window.results.setCurrentIndex(window.model.index(row))
    pump(2)
    window.roi.open_current()
    while window.roi.dialog is None or not window.roi.dialog.results:
        pump(0.2)
    window.roi.dialog.set_input("in_invoices_per_month", "12000")
    pump(1)
    grab("calculator.png")
    window.roi.dialog.reject()
    pump(1)
    window.show_review_page()
    pane = window.review_pane
    while pane.model.rowCount() == 0:
        pump(0.2)
    pane.select_row(3)
    pump(1)
    grab("review.png")
    window.show_library_page()
    window.facets.value_item("stage", "decision").setCheckState(0, Qt.CheckState.Unchecked)
    window.search_box.clear()
    QTest.keyClicks(window.search_box, "kubernetes invoice approval",
                    Qt.KeyboardModifier.NoModifier, 10)
    pump(2.5)
    grab("partial.png")
    window.synonyms.open()
    while window.synonyms.dialog is None or window.synonyms.busy:
        pump(0.2)
    dialog = window.synonyms.dialog
    QTest.keyClicks(dialog.entry_edit, "AP, accounts payable, payables",
                    Qt.KeyboardModifier.NoModifier, 10)
    QTest.keyClick(dialog.entry_edit, Qt.Key.Key_Return)
    pump(0.5)
    while window.synonyms.busy:
        pump(0.2)
    pump(1)
    grab("synonyms.png")
    dialog.reject()
    window.close()


if __name__ == "__main__":
    main()
