"""Lists of items edited as a table (st.data_editor), bound to a list in the model.

The editor reports its edits as a delta against the table it was drawn with. The callback
applies that delta to the model's list, then moves the editor to a fresh key so the next
run draws it from the model again (a stale delta must never be applied twice).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from strategy.i18n import label
from strategy.model import Item
from ui.state import changed, generation, lang, notify, tr


@dataclass(frozen=True)
class Column:
    field: str
    label_key: str
    kind: str = (
        "text"  # text | long | number | integer | choice | link | links | check | date
    )
    enum: type[StrEnum] | None = None
    options: Sequence[str] = ()
    format_func: Callable[[str], str] | None = None
    min_value: float | None = None
    width: str | None = None


def _config(column: Column) -> Any:
    title = tr(column.label_key)
    width = column.width
    match column.kind:
        case "number":
            return st.column_config.NumberColumn(
                title, min_value=column.min_value, width=width
            )
        case "integer":
            return st.column_config.NumberColumn(
                title, min_value=column.min_value, step=1, format="%d", width=width
            )
        case "choice":
            assert column.enum is not None
            return st.column_config.SelectboxColumn(
                title,
                options=[value.value for value in column.enum],
                format_func=lambda code, enum=column.enum: label(enum(code), lang()),
                width=width,
            )
        case "link":
            return st.column_config.SelectboxColumn(
                title,
                options=list(column.options),
                format_func=column.format_func,
                width=width,
            )
        case "links":
            return st.column_config.MultiselectColumn(
                title,
                options=list(column.options),
                format_func=column.format_func,
                width=width,
            )
        case "check":
            return st.column_config.CheckboxColumn(title, width=width)
        case "date":
            return st.column_config.DateColumn(
                title,
                format="DD/MM/YYYY" if lang() == "fr" else "YYYY-MM-DD",
                width=width,
            )
        case "long":
            return st.column_config.TextColumn(title, width=width or "large")
        case _:
            return st.column_config.TextColumn(title, width=width)


def _cell(value: Any, column: Column) -> Any:
    """A model value as the editor shows it."""
    if isinstance(value, StrEnum):
        return value.value
    if column.kind == "links":
        return list(value)
    return value


def _frame(items: Sequence[Item], columns: Sequence[Column]) -> pd.DataFrame:
    rows = [
        {column.field: _cell(getattr(item, column.field), column) for column in columns}
        for item in items
    ]
    frame = pd.DataFrame(rows, columns=[column.field for column in columns])
    for column in columns:
        # Typed empty columns, so an empty table still offers the right editor per column.
        if column.kind in ("number", "integer"):
            frame[column.field] = pd.to_numeric(frame[column.field]).astype("float64")
        elif column.kind == "check":
            frame[column.field] = frame[column.field].astype("bool")
        elif column.kind == "date":
            frame[column.field] = (
                pd.to_datetime(frame[column.field]).dt.date
                if len(frame)
                else frame[column.field]
            )
        elif column.kind in ("text", "long", "choice", "link"):
            frame[column.field] = frame[column.field].astype("object")
    return frame


def _clean(changes: dict[str, Any], columns: Sequence[Column]) -> dict[str, Any]:
    """Editor values as the model wants them: empty text is "", a missing number is None."""
    kinds = {column.field: column.kind for column in columns}
    cleaned: dict[str, Any] = {}
    for field, value in changes.items():
        if field not in kinds:
            continue
        kind = kinds[field]
        if value is None or (isinstance(value, float) and pd.isna(value)):
            value = {"text": "", "long": "", "links": [], "check": False}.get(kind)
        elif kind == "integer":
            value = int(value)
        elif kind == "date" and isinstance(value, str):
            value = date.fromisoformat(value[:10])
        cleaned[field] = value
    return cleaned


def apply_edits(
    items: list[Item],
    model: type[Item],
    columns: Sequence[Column],
    edits: dict[str, Any],
) -> list[str]:
    """Apply a data_editor delta to `items` in place; returns the fields that were refused."""
    refused: list[str] = []
    for row, changes in edits.get("edited_rows", {}).items():
        index = int(row)
        if index >= len(items):
            continue
        merged = {**items[index].model_dump(), **_clean(changes, columns)}
        try:
            items[index] = model.model_validate(merged)
        except ValidationError as error:
            refused.extend(str(err["loc"][0]) for err in error.errors())
    for index in sorted(
        (int(row) for row in edits.get("deleted_rows", [])), reverse=True
    ):
        if index < len(items):
            del items[index]
    for added in edits.get("added_rows", []):
        try:
            items.append(model.model_validate(_clean(added, columns)))
        except ValidationError as error:
            refused.extend(str(err["loc"][0]) for err in error.errors())
    return refused


def item_table(
    items: list[Item],
    model: type[Item],
    columns: Sequence[Column],
    name: str,
    *,
    empty_key: str = "common.table_empty",
) -> None:
    """Draw `items` as an editable table where rows can be added and deleted."""
    revision_key = f"table_revision:{name}"
    revision = st.session_state.setdefault(revision_key, 0)
    key = f"g{generation()}:table:{name}:{revision}"

    def apply() -> None:
        refused = apply_edits(items, model, columns, st.session_state[key])
        st.session_state[revision_key] = revision + 1
        if refused:
            notify(
                "warning",
                tr("common.table_refused", fields=", ".join(sorted(set(refused)))),
            )
        changed()

    st.data_editor(
        _frame(items, columns),
        key=key,
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config={column.field: _config(column) for column in columns},
        placeholder="—",
        on_change=apply,
    )
    if not items:
        st.caption(tr(empty_key))
