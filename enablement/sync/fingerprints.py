"""What a published asset looks like, so an unchanged one is neither sent nor applied.

Publish sends the assets whose fingerprint differs from the hub's; a pull skips the rows
whose fingerprint this library already has. Both build an asset's hub form here.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from enablement.catalog.tagging import TagRow, effective_keys
from enablement.store.models import Asset


def fingerprint(fields: Any) -> str:
    """The SHA-256 of ``fields`` as sorted JSON (dates as text)."""
    return hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()


def local_assets(session: Session) -> list[dict]:
    """Each asset as the hub would hold it, with its fingerprint."""
    found = []
    for asset in session.scalars(select(Asset).options(
            selectinload(Asset.tags), selectinload(Asset.text), selectinload(Asset.file))):
        tags = effective_keys(TagRow(t.facet, t.value_key, t.origin, t.score)
                              for t in asset.tags)
        fields = {
            "sha256": asset.sha256, "extension": asset.file.extension, "title": asset.title,
            "summary": asset.summary, "format": asset.format,
            "source_name": asset.source_name, "pages": asset.pages,
            "has_text": bool(asset.has_text), "expires_on": asset.expires_on,
            "tags": json.dumps(sorted([facet, key] for facet, keys in tags.items()
                                      for key in keys)),
            "body": asset.text.body if asset.text is not None else "",
            "retired": asset.retired_at is not None,
        }
        found.append({"uuid": asset.uuid, "fingerprint": fingerprint(fields), **fields})
    return found


def local_fingerprints(session: Session) -> dict[str, str]:
    """Each local asset's fingerprint by uuid."""
    return {item["uuid"]: item["fingerprint"] for item in local_assets(session)}
