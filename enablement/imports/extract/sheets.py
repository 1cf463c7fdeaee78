"""Excel: sheet names, text labels and defined names as text; formulas and numbers only
counted (a workbook that computes from its numbers is a calculator, one that lists them
is not).

Strict (ISO/IEC 29500) workbooks are renamed to the Transitional vocabulary first: openpyxl
reads no cells from a Strict workbook and reports no error (see
:mod:`enablement.imports.extract.strict`).
"""

from __future__ import annotations

import io

from enablement.imports.extract import Limits, Parsed, as_utc, split_keywords
from enablement.imports.extract.strict import as_transitional


def parse_xlsx(data: bytes, limits: Limits) -> Parsed:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(as_transitional(data)), read_only=True,
                             data_only=False)
    blocks: list[str] = []
    warnings: list[str] = []
    cells = formulas = numbers = 0
    try:
        for sheet in workbook.worksheets:
            labels = [sheet.title]
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
                formulas += sum(isinstance(v, str) and v.startswith("=") for v in row)
                numbers += sum(isinstance(v, int | float) and not isinstance(v, bool)
                               for v in row)
                labels.extend(
                    v.strip() for v in row
                    if isinstance(v, str) and v.strip() and not v.startswith("=")
                )
                if cells >= limits.max_cells:
                    break
            blocks.append("\n".join(labels))
            if cells >= limits.max_cells:
                warnings.append(f"only the first {limits.max_cells:,} cells were read")
                break
        names = list(workbook.defined_names.keys())
        if names:
            blocks.append(" ".join(names))
        props = workbook.properties
        return Parsed(
            text="\n\n".join(blocks),
            title=(props.title or "").strip() or None,
            subject=(props.subject or "").strip() or (props.description or "").strip() or None,
            keywords=split_keywords(props.keywords),
            category=(props.category or "").strip() or None,
            author=(props.creator or "").strip() or None,
            created=as_utc(props.created), modified=as_utc(props.modified),
            pages=len(workbook.sheetnames), warnings=tuple(warnings),
            sheets=len(workbook.sheetnames), formulas=formulas, numbers=numbers,
        )
    finally:
        workbook.close()
