"""Suggestions learned from the library itself: a small text classifier per facet.

The phrase rules know only the words the taxonomy lists; the library knows how *this*
team writes. Every tag a person confirmed (by hand, in the review queue, or in a manifest
or sidecar) is an example, and every rejected suggestion a counter-example. Once a facet
has enough of them (``MIN_ASSETS`` labelled assets, ``MIN_VALUES`` values with
``MIN_PER_VALUE`` examples each), a TF-IDF + logistic regression model per value (one
against the rest, so multi-valued facets work alike) says how likely each value is.

An import trains once at its start (``ImportService``) and the writer merges what the
model is sure of (``THRESHOLD``) into the rule suggestions: it adds a value or moves it
first, never more than the facet's limit, except that the stage the file's words argued
stays first (``RULES_FIRST``). Suggestions stay the lowest origin, so a manual
or manifest tag is never overridden, and a rejected value is dropped after the merge.

Training is kept cheap (at most ``MAX_DOCS`` assets, the opening ``BODY_CHARS`` of each,
``MAX_FEATURES`` terms) and the model is plain arrays after fitting, so predicting is a
sparse product. scikit-learn is imported only when a model is trained.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from enablement.catalog.suggestions import MAX_PER_FACET, Suggestion
from enablement.catalog.tagging import CLEARED, CONFIRMED_ORIGINS, REJECTED
from enablement.catalog.taxonomy import Taxonomy
from enablement.store.models import Asset, AssetTag, AssetText

log = logging.getLogger(__name__)

LEARNED_FACETS = ("kind", "stage", "objection", "persona", "industry")
MIN_ASSETS = 20       # labelled assets a facet needs before its model is trusted
MIN_VALUES = 2        # ... with at least this many values ...
MIN_PER_VALUE = 5     # ... of at least this many examples each (rarer values: rules only)
THRESHOLD = 0.6       # a learned value at least this likely is suggested
RULES_FIRST = frozenset({"stage"})  # facets whose first rule suggestion stays first
MAX_DOCS = 2000       # the most recently updated labelled assets train the model
BODY_CHARS = 4000     # the opening of the text says what a document is about
MAX_FEATURES = 20000
# "Described" by a manifest or sidecar: a row there that leaves a multi-valued facet
# empty says the file has none (a negative example), not that nobody looked.
DESCRIBED_BY = ("manifest", "sidecar")


@dataclass(frozen=True)
class FacetFigures:
    facet: str
    assets: int                  # labelled assets it learned from
    values: tuple[str, ...]      # the values it learned (others are left to the rules)


@dataclass(frozen=True)
class LearningSummary:
    """What one training did and what it cost, for the log and the import report."""

    documents: int
    facets: tuple[FacetFigures, ...]
    milliseconds: float
    reused: bool = False  # nothing changed since: the model trained then was used again

    def describe(self) -> str:
        if self.reused:
            return replace(self, reused=False).describe() + " (reused: no tag changed since)"
        if not self.facets:
            return (f"nothing learned yet ({self.documents} labelled assets; a field needs "
                    f"{MIN_ASSETS}, with {MIN_VALUES} values of {MIN_PER_VALUE} each)")
        learned = ", ".join(f"{f.facet} ({len(f.values)} values)" for f in self.facets)
        return (f"learned {learned} from {self.documents} labelled assets in "
                f"{self.milliseconds:.0f} ms")


@dataclass
class Example:
    """One labelled asset: its text, and per facet what it is and what it is not."""

    asset_id: int
    text: str
    positives: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    labelled: set[str] = field(default_factory=set)  # facets whose values are all known
    rejected: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def document_text(title: str, summary: str, body: str) -> str:
    return f"{title}\n{summary}\n{body[:BODY_CHARS]}"


def load_examples(session: Session, taxonomy: Taxonomy, limit: int = MAX_DOCS
                  ) -> list[Example]:
    """The labelled assets, most recently updated first."""
    multi = {f.name for f in taxonomy.facets if f.multi and f.name in LEARNED_FACETS}
    by_asset: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for asset_id, facet, key, origin in session.execute(
        select(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key, AssetTag.origin)
        .where(AssetTag.origin.in_((*CONFIRMED_ORIGINS, REJECTED)))
    ):
        by_asset[asset_id].append((facet, key, origin))
    if not by_asset:
        return []
    ids = [row[0] for row in session.execute(
        select(Asset.id).where(Asset.id.in_(list(by_asset)))
        .order_by(Asset.updated_at.desc(), Asset.id.desc()).limit(limit))]
    examples: list[Example] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for asset_id, title, summary, body in session.execute(
            select(Asset.id, Asset.title, Asset.summary,
                   func.substr(func.coalesce(AssetText.body, ""), 1, BODY_CHARS))
            .join(AssetText, AssetText.asset_id == Asset.id, isouter=True)
            .where(Asset.id.in_(chunk))
        ):
            example = Example(asset_id, document_text(title or "", summary or "", body or ""))
            for facet, key, origin in by_asset[asset_id]:
                if facet not in LEARNED_FACETS:
                    if origin in DESCRIBED_BY:
                        example.labelled.update(multi)
                    continue
                if origin == REJECTED:
                    example.rejected[facet].add(key)
                    continue
                example.labelled.add(facet)
                if origin in DESCRIBED_BY:
                    example.labelled.update(multi)
                if key != CLEARED:
                    example.positives[facet].add(key)
            examples.append(example)
    return examples


@dataclass(frozen=True)
class FacetModel:
    facet: str
    keys: tuple[str, ...]
    coef: np.ndarray        # one row of weights per key
    intercept: np.ndarray


class Learned:
    """A trained model: probabilities per value, the words behind them, and the merge."""

    def __init__(self, vectorizer: object, features: np.ndarray,
                 models: dict[str, FacetModel], summary: LearningSummary) -> None:
        self._vectorizer = vectorizer
        self._features = features
        self.models = models
        self.summary = summary

    def _vector(self, text: str):  # noqa: ANN202 - a scipy sparse row
        return self._vectorizer.transform([text])  # type: ignore[attr-defined]

    def probabilities(self, title: str, summary: str, body: str
                      ) -> dict[str, list[tuple[str, float]]]:
        """Facet -> (key, probability), likeliest first, for every learned value."""
        vector = self._vector(document_text(title, summary, body))
        found: dict[str, list[tuple[str, float]]] = {}
        for facet, model in self.models.items():
            logits = np.asarray(vector @ model.coef.T).ravel() + model.intercept
            odds = 1.0 / (1.0 + np.exp(-logits))
            found[facet] = sorted(zip(model.keys, odds.tolist(), strict=True),
                                  key=lambda pair: -pair[1])
        return found

    def words(self, facet: str, key: str, title: str, summary: str, body: str,
              limit: int = 5) -> list[tuple[str, float]]:
        """The words of this document that argued most for ``key``, with their weight."""
        model = self.models.get(facet)
        if model is None or key not in model.keys:
            return []
        vector = self._vector(document_text(title, summary, body)).tocoo()
        weights = model.coef[model.keys.index(key)]
        scored = sorted(((float(value * weights[column]), column)
                         for column, value in zip(vector.col, vector.data, strict=True)
                         if value * weights[column] > 0), reverse=True)
        return [(str(self._features[column]), round(weight, 3))
                for weight, column in scored[:limit]]

    def merge(self, taxonomy: Taxonomy, suggestions: Sequence[Suggestion], title: str,
              summary: str, body: str) -> list[Suggestion]:
        """The rule suggestions with what the model is sure of: a value at least
        ``THRESHOLD`` likely is added, or raised to that confidence when the rules
        suggested it too; a facet's values are then ordered by confidence (both are 0..1)
        and kept within its limit, so a single-valued facet takes the surer of the two."""
        learned = self.probabilities(title, summary, body)
        by_facet: dict[str, list[Suggestion]] = defaultdict(list)
        for suggestion in suggestions:
            by_facet[suggestion.facet].append(suggestion)
        by_rules_first = {facet: found[0] for facet, found in by_facet.items()
                          if facet in RULES_FIRST and found}
        merged: list[Suggestion] = []
        for facet in taxonomy.facets:
            candidates = {s.key: s for s in by_facet.pop(facet.name, [])}
            for key, p in learned.get(facet.name, ()):
                if p < THRESHOLD:
                    continue
                rule = candidates.get(key)
                candidates[key] = (Suggestion(facet.name, key, round(p, 2)) if rule is None
                                   else replace(rule, score=round(max(p, rule.score), 2)))
            limit = 1 if not facet.multi else MAX_PER_FACET.get(facet.name, 3)
            primary = by_rules_first.get(facet.name)
            if primary is not None:
                # The stage the file's words argued stays the primary one (tags are read
                # surest first): a model of a few dozen files, knowing two or three
                # stages, moved the wrong one first more often than the right one
                # (docs/benchmarks.md). What it adds comes after.
                top = candidates[primary.key].score
                candidates = {key: s if key == primary.key or s.score < top
                              else replace(s, score=round(max(top - 0.01, 0.01), 2))
                              for key, s in candidates.items()}
            ranked = sorted(candidates.values(), key=lambda s: -s.score)
            merged.extend(ranked[:limit])
        for rest in by_facet.values():  # a facet the taxonomy no longer has: as it was
            merged.extend(rest)
        return merged


def train(examples: Sequence[Example], taxonomy: Taxonomy) -> Learned | None:
    """A model for every facet with enough examples; None when no facet has."""
    started = time.perf_counter()
    plans = _plans(examples, taxonomy)
    if not plans:
        return None
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(
        sublinear_tf=True, ngram_range=(1, 2), min_df=2, max_df=0.9,
        max_features=MAX_FEATURES, stop_words="english", dtype=np.float32,
        token_pattern=r"(?u)\b[^\W\d_][^\W_]+\b")
    matrix = vectorizer.fit_transform([e.text for e in examples])
    row = {e.asset_id: i for i, e in enumerate(examples)}
    models: dict[str, FacetModel] = {}
    figures: list[FacetFigures] = []
    for facet, (labelled, keys) in plans.items():
        kept, coefs, intercepts = [], [], []
        for key in keys:
            members = labelled + [e for e in examples if key in e.rejected.get(facet, ())
                                  and facet not in e.labelled]
            target = np.array([key in e.positives.get(facet, ())
                               and key not in e.rejected.get(facet, ()) for e in members])
            if target.all() or not target.any():
                continue
            classifier = LogisticRegression(C=4.0, class_weight="balanced",
                                            solver="liblinear", max_iter=200)
            classifier.fit(matrix[[row[e.asset_id] for e in members]], target)
            kept.append(key)
            coefs.append(classifier.coef_[0])
            intercepts.append(classifier.intercept_[0])
        if len(kept) >= MIN_VALUES:
            models[facet] = FacetModel(facet, tuple(kept), np.vstack(coefs),
                                       np.array(intercepts))
            figures.append(FacetFigures(facet, len(labelled), tuple(kept)))
    milliseconds = (time.perf_counter() - started) * 1000
    summary = LearningSummary(len(examples), tuple(figures), milliseconds)
    if not models:
        return None
    return Learned(vectorizer, vectorizer.get_feature_names_out(), models, summary)


def _plans(examples: Sequence[Example], taxonomy: Taxonomy
           ) -> dict[str, tuple[list[Example], list[str]]]:
    """Per facet worth a model: its labelled examples and the values common enough."""
    plans: dict[str, tuple[list[Example], list[str]]] = {}
    names = set(taxonomy.facet_names())
    for facet in LEARNED_FACETS:
        if facet not in names:
            continue
        labelled = [e for e in examples if facet in e.labelled]
        counts = Counter(key for e in labelled for key in e.positives.get(facet, ()))
        keys = sorted(key for key, n in counts.items() if n >= MIN_PER_VALUE)
        if len(labelled) >= MIN_ASSETS and len(keys) >= MIN_VALUES:
            plans[facet] = (labelled, keys)
    return plans


class LearningCache:
    """The library's latest model, trained again only when labels may have changed.

    The stamp (how many assets and confirmed or rejected tags, and the latest change to
    an asset) moves with every tag edit, review decision and import; reading it is one
    small query, so asking for the model is cheap when nothing changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: tuple[object, ...] | None = None
        self._learned: Learned | None = None
        self.last_summary: LearningSummary | None = None

    def get(self, sessions: sessionmaker[Session], taxonomy: Taxonomy) -> Learned | None:
        with self._lock:
            with sessions() as session:
                stamp = _stamp(session, taxonomy)
                if stamp == self._stamp:
                    if self.last_summary is not None:
                        self.last_summary = replace(self.last_summary, reused=True)
                    return self._learned
                started = time.perf_counter()
                examples = load_examples(session, taxonomy)
            learned = train(examples, taxonomy)
            # The cost as an import pays it: reading the examples and fitting.
            ms = (time.perf_counter() - started) * 1000
            facets = learned.summary.facets if learned is not None else ()
            self.last_summary = LearningSummary(len(examples), facets, ms)
            if learned is not None:
                learned.summary = self.last_summary
            log.info("Suggestions: %s", self.last_summary.describe())
            self._stamp, self._learned = stamp, learned
            return learned


def _stamp(session: Session, taxonomy: Taxonomy) -> tuple[object, ...]:
    assets, latest = session.execute(
        select(func.count(Asset.id), func.max(Asset.updated_at))).one()
    labels = session.scalar(select(func.count()).select_from(AssetTag)
                            .where(AssetTag.origin.in_((*CONFIRMED_ORIGINS, REJECTED))))
    return assets, latest, labels, taxonomy.facet_names()
