"""Widgets bound to a field of the model.

Each widget is drawn with the model's current value and writes its new value back in an
on_change callback, so nothing depends on a widget key surviving a page change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum

import streamlit as st
from pydantic import BaseModel

from strategy.i18n import label, table
from strategy.model import Competency, Maturity
from ui.state import changed, generation, lang, tr


def widget_key(obj: BaseModel, field: str) -> str:
    """Unique per model object and field; changes when the strategy is replaced."""
    item_id = getattr(obj, "id", "")
    return f"g{generation()}:{type(obj).__name__}:{item_id}:{field}"


def _writer(obj: BaseModel, field: str, key: str, convert: Callable[[object], object]):
    def write() -> None:
        setattr(obj, field, convert(st.session_state[key]))
        changed()

    return write


def _help(label_key: str) -> str | None:
    """Field help lives beside its label, under `<label>_help`, when there is one."""
    help_key = f"{label_key}_help"
    return table(lang()).get(help_key)


def text(
    obj: BaseModel,
    field: str,
    label_key: str,
    *,
    area: bool = False,
    height: int | None = None,
) -> None:
    key = widget_key(obj, field)
    common = {
        "label": tr(label_key),
        "value": getattr(obj, field),
        "key": key,
        "help": _help(label_key),
        "on_change": _writer(obj, field, key, lambda value: value or ""),
    }
    if area:
        st.text_area(height=height or 110, **common)
    else:
        st.text_input(**common)


def number(
    obj: BaseModel,
    field: str,
    label_key: str,
    *,
    min_value: float = 0.0,
    max_value: float | None = None,
    step: float = 1.0,
) -> None:
    key = widget_key(obj, field)
    value = getattr(obj, field)
    st.number_input(
        tr(label_key),
        value=None if value is None else float(value),
        min_value=min_value,
        max_value=max_value,
        step=step,
        key=key,
        help=_help(label_key),
        on_change=_writer(obj, field, key, lambda value: value),
    )


def choice(
    obj: BaseModel, field: str, label_key: str, enum: type[StrEnum], *, width: int | str = "stretch"
) -> None:
    """A selectbox over a vocabulary, showing labels in the session's language."""
    key = widget_key(obj, field)
    options = list(enum)
    current = getattr(obj, field)
    language = lang()  # captured now: a format_func may be called outside the script run
    st.selectbox(
        tr(label_key),
        options,
        index=options.index(current) if current in options else None,
        format_func=lambda value: label(value, language),
        placeholder=tr("common.choose"),
        key=key,
        help=_help(label_key),
        on_change=_writer(obj, field, key, lambda value: value),
        width=width,
    )


def day(obj: BaseModel, field: str, label_key: str) -> None:
    key = widget_key(obj, field)
    st.date_input(
        tr(label_key),
        value=getattr(obj, field),
        min_value=date(2000, 1, 1),
        max_value=date(2100, 12, 31),
        format="DD/MM/YYYY" if lang() == "fr" else "YYYY-MM-DD",
        key=key,
        help=_help(label_key),
        on_change=_writer(obj, field, key, lambda value: value),
    )


def many(
    obj: BaseModel,
    field: str,
    label_key: str,
    options: Sequence[str],
    format_func: Callable[[str], str],
) -> None:
    """A multiselect over ids or keys; values no longer offered are kept out of the widget."""
    key = widget_key(obj, field)
    current = [value for value in getattr(obj, field) if value in options]
    st.multiselect(
        tr(label_key),
        list(options),
        default=current,
        format_func=format_func,
        placeholder=tr("common.choose"),
        key=key,
        help=_help(label_key),
        on_change=_writer(obj, field, key, list),
    )


def rating(maturity: Maturity, competency: Competency) -> None:
    """One maturity question: four statements, stage 1 to 4; unanswered until chosen."""
    key = f"g{generation()}:Maturity::{competency.value}"
    statements = {level: tr(f"maturity.{competency.value}.l{level}") for level in (1, 2, 3, 4)}

    def write() -> None:
        value = st.session_state[key]
        scores = dict(maturity.scores)
        if value is None:
            scores.pop(competency, None)
        else:
            scores[competency] = value
        maturity.scores = scores  # assigned whole, so it is validated
        changed()

    st.radio(
        label(competency, lang()),
        [1, 2, 3, 4],
        index=maturity.scores[competency] - 1 if competency in maturity.scores else None,
        format_func=statements.get,
        key=key,
        on_change=write,
    )
