"""The channel catalogue, read from data/channels.toml (dated, editable without code)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from strategy.model import IabStage

CATALOGUE_FILE = Path(__file__).parent / "data" / "channels.toml"


@dataclass(frozen=True)
class Channel:
    key: str
    name: str
    effort: int
    stages: tuple[IabStage, ...]
    formats: dict[str, str]
    audiences: dict[str, str]
    good_for: dict[str, str]


@dataclass(frozen=True)
class Catalogue:
    updated: date
    channels: dict[str, Channel]

    def name(self, key: str) -> str:
        """The display name of a platform key; an unknown key (an older file) shows as itself."""
        channel = self.channels.get(key)
        return channel.name if channel else key


@cache
def catalogue() -> Catalogue:
    raw = tomllib.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    channels = {
        key: Channel(
            key=key,
            name=entry["name"],
            effort=int(entry["effort"]),
            stages=tuple(IabStage(stage) for stage in entry["stages"]),
            formats=entry["formats"],
            audiences=entry["audiences"],
            good_for=entry["good_for"],
        )
        for key, entry in raw["channels"].items()
    }
    return Catalogue(updated=raw["updated"], channels=channels)
