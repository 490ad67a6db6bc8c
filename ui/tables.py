"""Lists of items edited as a table (st.data_editor), bound to a list in the model.

The editor reports its edits as a cumulative delta against the table it was drawn with.
The callback rebuilds the model's list from that table and the delta, so applying the
same delta twice changes nothing.
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

from strategy.catalogue import catalogue
from strategy.i18n import label
from strategy.model import Item, new_id
from ui.state import changed, generation, lang, notify, tr


@dataclass(frozen=True)
class Column:
    field: str
    label_key: str
    kind: str = "text"  # text | long | number | integer | choice | link | links | check | date
    enum: type[StrEnum] | None = None
    options: Sequence[str] = ()
    format_func: Callable[[str], str] | None = None
    min_value: float | None = None
    width: str | None = None


def item_link(
    field: str, label_key: str, items: Sequence[Item], names: dict[str, str], *, many: bool = False
) -> Column:
    """A column holding the id (or ids) of other items of the strategy, shown by their names
    (`strategy.describe.captions`)."""
    return Column(
        field,
        label_key,
        "links" if many else "link",
        options=[item.id for item in items],
        format_func=lambda item_id: names.get(item_id, item_id),
    )


def platform_link(field: str, label_key: str, *, many: bool = False) -> Column:
    """A column holding a platform (or several) of the channel catalogue, shown by its name."""
    platforms = catalogue()
    return Column(
        field,
        label_key,
        "links" if many else "link",
        options=list(platforms.channels),
        format_func=platforms.name,
    )


def _config(column: Column, language: str) -> Any:
    title = tr(column.label_key)
    width = column.width
    match column.kind:
        case "number":
            return st.column_config.NumberColumn(title, min_value=column.min_value, width=width)
        case "integer":
            return st.column_config.NumberColumn(
                title, min_value=column.min_value, step=1, format="%d", width=width
            )
        case "choice":
            assert column.enum is not None
            return st.column_config.SelectboxColumn(
                title,
                options=[value.value for value in column.enum],
                format_func=lambda code, enum=column.enum: label(enum(code), language),
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
        {column.field: _cell(getattr(item, column.field), column) for column in columns} for item in items
    ]
    # Plain object column labels: with pandas' Arrow-backed strings, the editor reads each label
    # through a pyarrow call, which made it the slowest part of drawing a table.
    frame = pd.DataFrame(rows, columns=pd.Index([column.field for column in columns], dtype=object))
    for column in columns:
        # Typed empty columns, so an empty table still offers the right editor per column.
        if column.kind in ("number", "integer"):
            frame[column.field] = pd.to_numeric(frame[column.field]).astype("float64")
        elif column.kind == "check":
            frame[column.field] = frame[column.field].astype("bool")
        elif column.kind == "date":
            frame[column.field] = (
                pd.to_datetime(frame[column.field]).dt.date if len(frame) else frame[column.field]
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


def rebuild(
    base_rows: Sequence[dict[str, Any]],
    model: type[Item],
    columns: Sequence[Column],
    edits: dict[str, Any],
    added_ids: list[str],
) -> tuple[list[Item], list[str]]:
    """The list the user sees: the rows the editor was drawn with, plus its cumulative delta.

    Idempotent: the same base and delta always give the same items, with the same ids
    (rows added in the editor take their ids from `added_ids`, extended as needed).
    Returns the items and the fields whose new value was refused (the old value is kept).
    """
    edited = {int(row): changes for row, changes in edits.get("edited_rows", {}).items()}
    deleted = {int(row) for row in edits.get("deleted_rows", [])}
    refused: list[str] = []
    items: list[Item] = []
    for index, row in enumerate(base_rows):
        if index in deleted:
            continue
        if index in edited:
            try:
                items.append(model.model_validate({**row, **_clean(edited[index], columns)}))
                continue
            except ValidationError as error:
                refused.extend(str(err["loc"][0]) for err in error.errors())
        items.append(model.model_validate(row))
    for number, added in enumerate(edits.get("added_rows", [])):
        while len(added_ids) <= number:
            added_ids.append(new_id())
        try:
            items.append(model.model_validate({**_clean(added, columns), "id": added_ids[number]}))
        except ValidationError as error:
            refused.extend(str(err["loc"][0]) for err in error.errors())
    return items, refused


def item_table(
    items: list[Item],
    model: type[Item],
    columns: Sequence[Column],
    name: str,
    *,
    empty_key: str = "common.table_empty",
) -> None:
    """Draw `items` as an editable table where rows can be added and deleted.

    The editor is drawn from a snapshot taken when the user arrives on the page (or the
    strategy or language changes), never from the live list: a keyed dynamic editor whose
    data changes is a new widget, which would drop the cell being typed in.
    """
    key = f"g{generation()}:{lang()}:table:{name}"
    snapshot_key = f"table_snapshot:{name}"
    snapshot = st.session_state.get(snapshot_key)
    if key not in st.session_state or snapshot is None or snapshot["key"] != key:
        snapshot = {
            "key": key,
            "rows": [item.model_dump() for item in items],
            "frame": _frame(items, columns),
            "added_ids": [],
        }
        st.session_state[snapshot_key] = snapshot

    def apply() -> None:
        rebuilt, refused = rebuild(
            snapshot["rows"],
            model,
            columns,
            st.session_state[key],
            snapshot["added_ids"],
        )
        items[:] = rebuilt
        if refused:
            notify(
                "warning",
                tr("common.table_refused", fields=", ".join(sorted(set(refused)))),
            )
        changed()

    st.data_editor(
        snapshot["frame"],
        key=key,
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config={column.field: _config(column, lang()) for column in columns},
        placeholder="—",
        on_change=apply,
    )
    if not items:
        st.caption(tr(empty_key))
