"""What the index's stateful property tests share: real words to index, and the folder
their state machines write into.

The words come from the bundled demo's own text (a few thousand real words), drawn with a
skew so that some are in most documents and most in few, as in real content.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]


def _vocabulary() -> list[str]:
    """Words of the demo's Markdown and text files, most frequent first."""
    counts: dict[str, int] = {}
    for path in sorted((REPO / "assets").rglob("*")):
        if path.suffix in (".md", ".txt"):
            for word in re.findall(r"[a-z]{3,}", path.read_text("utf-8").lower()):
                counts[word] = counts.get(word, 0) + 1
    return [w for w, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


VOCABULARY = _vocabulary()


@st.composite
def texts(draw: st.DrawFn, least: int = 1, most: int = 40) -> str:
    """A run of real words, common ones far likelier than rare ones."""
    count = draw(st.integers(least, most))
    chosen = []
    for _ in range(count):
        spot = draw(st.floats(0, 1, allow_nan=False))
        chosen.append(VOCABULARY[int((spot ** 3) * (len(VOCABULARY) - 1))])
    return " ".join(chosen)


# A state machine cannot ask for pytest's tmp_path: the ``machine_root`` fixture of
# conftest.py puts the running test's folder here, for the machine to build its index in.
TMP_ROOT: list[str] = []
