"""Write the Kestrow (sixth, held-out) evaluation library (content.py) as real files.

    python tests/data/sixth_library/build.py OUTDIR

The writers live in ``tests/data/library_builder.py``, shared with the other evaluation
libraries; this file names the content and the words that mark its spreadsheets' header
rows. The output is deterministic, so two builds give byte-identical files.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_SHARED = _HERE.parent / "library_builder.py"
_SPEC = importlib.util.spec_from_file_location("library_builder", _SHARED)
library_builder = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(library_builder)

content = library_builder.load_module("sixth_library_content", _HERE / "content.py")
builder = library_builder.LibraryBuilder(
    content, library_builder.HEADER_WORDS | {"Cost line", "Total", "Notes", "Source"})
build = builder.build
main = builder.main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
