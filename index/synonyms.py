"""A small synonym map for the words of sales content.

Groups are written as plain words; they are stemmed with the index's own analyzer when
loaded, so "pricing" in a query reaches documents that say "cost" or "budget". An entry
of several words ("total cost of ownership") is the alternative of a typed single word
("tco"): a document matches it with all of its words (stop words aside). Typed, such an
entry's words in a row also match the group's other entries ("break even" finds
"payback"; see ``IndexSearcher._phrases``). The groups are the general vocabulary of
selling B2B software, not any one library's words: a library adds its own (a
construction firm's "rfi" and "request for information") and the searcher is given the
library's list (``IndexSearcher.use_synonyms``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from whoosh.analysis import STOP_WORDS

Groups = Sequence[Sequence[str]]

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("price", "pricing", "cost", "costs", "budget", "fee", "fees", "expensive"),
    ("security", "infosec", "cybersecurity", "secure"),
    ("compliance", "compliant", "regulatory", "audit"),
    ("roi", "payback", "savings", "return"),
    ("integration", "integrate", "connector", "api"),
    ("migration", "migrate", "switching", "switch"),
    ("implementation", "implement", "rollout", "deployment", "onboarding"),
    ("customer", "client"),
    ("case", "story"),
    ("competitor", "competition", "rival"),
    ("contract", "agreement", "msa", "terms"),
    ("scalability", "scale", "scaling", "growth"),
    ("support", "service", "sla"),
    ("deck", "presentation", "slides"),
    ("email", "mail", "outreach"),
    ("invoice", "invoices", "bill", "bills"),
    ("tco", "total cost of ownership", "cost of ownership", "lifetime cost",
     "cost model"),
    ("break even", "breakeven", "payback", "payback period"),
    ("poc", "proof of concept", "pilot"),
    ("rfp", "request for proposal", "rfq"),
    ("sso", "single sign-on", "saml"),
    ("kpi", "key performance indicator", "metric", "metrics"),
    ("nda", "non-disclosure agreement"),
    ("testimonial", "testimonials", "reference", "references", "case", "story"),
    ("downtime", "outage", "outages", "breakdown", "breakdowns", "failure", "failures"),
)


def build_map(stem: Callable[[str], str], groups: Groups = SYNONYM_GROUPS
              ) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Stemmed word -> the other entries of its groups, each as its stemmed words."""
    mapping: dict[str, set[tuple[str, ...]]] = {}
    for group in groups:
        entries = {_stems(entry, stem) for entry in group}
        entries.discard(())
        for one in entries:
            if len(one) == 1:
                mapping.setdefault(one[0], set()).update(entries - {one})
    return {word: tuple(sorted(others)) for word, others in mapping.items() if others}


def build_phrases(stem: Callable[[str], str], groups: Groups = SYNONYM_GROUPS
                  ) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Stemmed words of each entry of several words -> the group's other entries, each
    as its stemmed words."""
    phrases: dict[tuple[str, ...], dict[tuple[str, ...], None]] = {}
    for group in groups:
        entries = [words for entry in group if (words := _stems(entry, stem))]
        for words in entries:
            if len(words) > 1:
                others = phrases.setdefault(words, {})
                others.update((e, None) for e in entries if e != words)
    return {words: tuple(others) for words, others in phrases.items() if others}


def as_groups(groups: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    """Plain tuples (what the searcher compares to tell a changed list), groups of one
    entry dropped: they say nothing."""
    plain = (tuple(str(entry) for entry in group) for group in groups)
    return tuple(group for group in plain if len(group) > 1)


def _stems(entry: str, stem: Callable[[str], str]) -> tuple[str, ...]:
    words = entry.replace("-", " ").casefold().split()
    return tuple(found for word in words if word not in STOP_WORDS and (found := stem(word)))
