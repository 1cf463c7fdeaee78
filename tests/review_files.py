"""A library whose import leaves tag suggestions waiting for review: two text files, one
on price objections and one on security. Shared by the tests of ``review`` on the command
line (tests/enablement/cli) and of the review page in the window (tests/ui).
"""

from __future__ import annotations

from pathlib import Path

from enablement.library import Library
from tests.filemakers import make_text

PRICING = ("Pricing objections: when the prospect says we are too expensive\n\n"
           "Budget pressure is the usual reason a deal stalls. When the buyer says the "
           "price is too high, show the total cost of ownership and the payback period.\n")
SECURITY = ("Security questionnaire answers for IT reviewers\n\n"
            "Encryption at rest and in transit, single sign-on, SOC 2 Type II and penetration "
            "tests: what the security team asks and our answers.\n")


def library_with_suggestions(folder: Path, files: Path) -> Path:
    """Write pricing.txt and security.txt into ``files``, import them into a library at
    ``folder`` and return ``folder``."""
    files.mkdir(parents=True)
    make_text(files / "pricing.txt", PRICING)
    make_text(files / "security.txt", SECURITY)
    with Library.open(folder) as library:
        library.imports.run([files])
    return folder
