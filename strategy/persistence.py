"""The strategy file: JSON on disk, read back only when it is a strategy this version understands.

Nothing here is lenient by accident: a file that is not a strategy is refused with a reason
the app can translate, and the caller's strategy in progress is never touched.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import ValidationError

from strategy.model import SCHEMA_VERSION, Strategy

MAX_FILE_BYTES = 1024 * 1024

# Upgrades of a raw file, each from version N (the key) to N + 1. When the model changes in a way
# older files do not fit, bump SCHEMA_VERSION and add the step here: old files keep opening.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}
FILE_MIME = "application/json"


@dataclass
class StrategyFileError(Exception):
    """Why a file was refused. `code` names a message in the locale tables (load.error.<code>)."""

    code: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.code}: {self.params}"


def dumps(strategy: Strategy) -> bytes:
    """The strategy as readable UTF-8 JSON (the model holds only well-formed text)."""
    text = json.dumps(strategy.model_dump(mode="json"), ensure_ascii=False, indent=2)
    return text.encode("utf-8")


def loads(data: bytes) -> Strategy:
    """Parse a strategy file, or raise StrategyFileError saying what is wrong with it."""
    if len(data) > MAX_FILE_BYTES:
        raise StrategyFileError(
            "too_large",
            {"size_kb": len(data) // 1024, "max_kb": MAX_FILE_BYTES // 1024},
        )
    try:
        text = data.decode("utf-8-sig")  # a BOM, as some Windows editors write, is harmless
    except UnicodeDecodeError as error:
        raise StrategyFileError("not_utf8", {"position": error.start}) from error
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise StrategyFileError("not_json", {"line": error.lineno, "column": error.colno}) from error
    if not isinstance(raw, dict) or "schema_version" not in raw:
        raise StrategyFileError("not_strategy")
    version = raw["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StrategyFileError("unknown_version", {"version": str(version)[:20]})
    if version > SCHEMA_VERSION:
        raise StrategyFileError("newer_version", {"version": version, "supported": SCHEMA_VERSION})
    raw = migrate(raw)
    try:
        return Strategy.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise StrategyFileError("invalid", {"count": error.error_count(), "where": where}) from error


def migrate(raw: dict) -> dict:
    """Bring a file from its schema version up to the current one, one version at a time."""
    version = raw["schema_version"]
    while version < SCHEMA_VERSION:
        if version not in MIGRATIONS:
            raise StrategyFileError("unknown_version", {"version": version})
        raw = MIGRATIONS[version](dict(raw))
        version += 1
        raw["schema_version"] = version
    return raw


def file_name(strategy: Strategy) -> str:
    """A safe download name built from the organisation's name."""
    stem = "".join(ch if ch.isalnum() else "-" for ch in strategy.organisation.name.strip())
    stem = "-".join(part for part in stem.split("-") if part)[:60] or "strategy"
    return f"{stem}.strategy.json"
