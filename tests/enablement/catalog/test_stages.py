"""The funnel stage a file serves: its own words first, the side of the sale its team
folder says next, and the genres every sales library has (security overview, company
overview, feature matrix, RFP response, price book)."""

from __future__ import annotations

import pytest

from enablement.catalog.stages import team_side
from enablement.catalog.suggestions import suggest
from enablement.catalog.taxonomy import Taxonomy
from enablement.library import Library

PROPOSAL = ("Proposal for the distribution-center program\n\n"
            "Scope and price. Three-year term with the standard service levels.\n\n"
            "Implementation plan. Rollout in three waves; training for every site lead "
            "before go-live; setup of the project templates in week one.")


def primary_stage(taxonomy: Taxonomy, path: str, title: str, body: str) -> str | None:
    stages = [s.key for s in suggest(taxonomy, title, "", body, path=path)
              if s.facet == "stage"]
    return stages[0] if stages else None


@pytest.mark.parametrize(("folders", "side"), [
    (("Proposals", "Sales", "drive"), "pre-sale"),
    (("Onboarding", "Customer Success"), "post-sale"),  # the nearest team folder counts
    (("Customer_Success",), "post-sale"),
    (("Product Marketing", "Customer Success"), "pre-sale"),
    (("Proposals", "drive", "home"), None),
])
def test_the_nearest_team_folder_says_the_side(folders: tuple[str, ...],
                                               side: str | None) -> None:
    assert team_side(folders) == side


def test_a_proposal_under_sales_is_not_onboarding(library: Library) -> None:
    """Its implementation plan is what the buyer is deciding on, not a kickoff; the same
    words filed under Customer Success are the onboarding they describe."""
    taxonomy = library.taxonomy()
    assert primary_stage(taxonomy, "/drive/misc/Ferrow draft2.docx", "Ferrow",
                         PROPOSAL) == "onboarding"
    assert primary_stage(taxonomy, "/drive/Sales/Proposals/Ferrow draft2.docx", "Ferrow",
                         PROPOSAL) == "decision"
    notes = ("Training plan\n\nThe evaluation of the pilot sites and a comparison of the "
             "two options, then the demo of the field app.")
    assert primary_stage(taxonomy, "/drive/misc/Kessling notes.docx", "Kessling notes",
                         notes) == "consideration"
    assert primary_stage(taxonomy, "/drive/Customer Success/Kessling notes.docx",
                         "Kessling notes", notes) == "onboarding"


@pytest.mark.parametrize(("title", "stage"), [
    ("Security and data handling overview", "decision"),
    ("Company overview 2026", "awareness"),
    ("Feature matrix: us and the three others", "consideration"),
    ("RFP response for the City of Wexmoor", "decision"),
    ("Price book 2026 (internal)", "decision"),
])
def test_the_genres_of_a_sales_library_have_their_stage(library: Library, title: str,
                                                        stage: str) -> None:
    body = "Prepared by the team. Questions go to your account executive."
    assert primary_stage(library.taxonomy(), f"/drive/{title}.docx", title, body) == stage
