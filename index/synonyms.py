"""A small synonym map for the words of sales content.

Groups are written as plain words; they are stemmed with the index's own analyzer when
loaded, so "pricing" in a query reaches documents that say "cost" or "budget".
"""

from __future__ import annotations

from collections.abc import Callable

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
)


def build_map(stem: Callable[[str], str]) -> dict[str, tuple[str, ...]]:
    """Stemmed word -> the other stemmed words of its group."""
    mapping: dict[str, set[str]] = {}
    for group in SYNONYM_GROUPS:
        stems = {stem(word) for word in group}
        stems.discard("")
        for one in stems:
            mapping.setdefault(one, set()).update(stems - {one})
    return {word: tuple(sorted(others)) for word, others in mapping.items() if others}
