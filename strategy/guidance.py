"""The long guidance texts: one Markdown file per step and language, editable without code."""

from __future__ import annotations

from functools import cache
from pathlib import Path

GUIDANCE_DIR = Path(__file__).parent / "guidance"


@cache
def guidance(step: str, lang: str) -> str:
    return (GUIDANCE_DIR / lang / f"{step}.md").read_text(encoding="utf-8")
