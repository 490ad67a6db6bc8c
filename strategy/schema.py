"""Write the JSON Schema of the strategy file to docs/strategy.schema.json.

Run `python -m strategy.schema` after changing the model; a test fails while the
documented schema and the model disagree.
"""

from __future__ import annotations

import json
from pathlib import Path

from strategy.model import Strategy

SCHEMA_FILE = Path(__file__).parent.parent / "docs" / "strategy.schema.json"


def schema_text() -> str:
    schema = Strategy.model_json_schema(mode="validation")
    schema["$id"] = "strategy.schema.json"
    schema["title"] = "Social media strategy file"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> None:
    SCHEMA_FILE.parent.mkdir(exist_ok=True)
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")


if __name__ == "__main__":
    main()
