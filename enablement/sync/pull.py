"""Pull: marketing's catalog, the team's deals and (for a marketer) everyone's events.

One module per step, each with its conflict rule (tests in tests/enablement/sync/):

* pull_taxonomy.py: marketing's values and phrases are added; local additions kept.
* pull_catalog.py (files: pull_files.py): **the catalog is marketing's**; a published
  asset replaces its metadata, text and tags here, and a local asset with the same bytes
  becomes it. Retiring takes an asset out of search; its feedback stays, here and at the
  hub, and events about it still push.
* pull_deals.py: the newest CRM import wins, by ``updated_at``.
* pull_events.py: **events are their authors'**, only ever added, by id; events about an
  asset that is not in the catalog (a rep's own import) stay at the hub.

Each step commits with its cursor in the same local transaction, a chunk at a time, so
a killed pull resumes where it stopped and never applies a chunk twice.

**Nothing from the hub is trusted.** Rows are read unconverted and checked field by
field (validate.py) before anything is written; a file is fetched only after its size
is checked, and stored only if its bytes match its SHA-256, under a path the content
store builds from that hash alone. A row that fails is skipped alone, logged and
reported (``refused``), and the rest of its chunk is applied. A refused catalog row is
remembered and tried again at the next sync, so a hub that is put right (a file
uploaded again) heals without a new catalog version; it is reported each time until
then, and never stops a sync.

This module is the steps' one door (run.py and the benchmarks call them from here).
"""

from __future__ import annotations

from enablement.sync.fingerprints import fingerprint
from enablement.sync.pull_catalog import pull_catalog
from enablement.sync.pull_deals import pull_deals
from enablement.sync.pull_events import pull_events
from enablement.sync.pull_taxonomy import merge_taxonomy, pull_taxonomy

__all__ = ["fingerprint", "merge_taxonomy", "pull_catalog", "pull_deals", "pull_events",
           "pull_taxonomy"]
