import pytest
from pydantic import ValidationError

from strategy.model import SCHEMA_VERSION, Objective, Strategy
from strategy.schema import SCHEMA_FILE, schema_text
from tests.factories import full_strategy, unfilled_fields


def test_full_strategy_fixture_fills_every_field():
    # If the model grows, the fixture must grow with it, or "fully filled" tests lie.
    assert unfilled_fields(full_strategy()) == []


def test_empty_strategy_is_valid_and_current():
    assert Strategy().schema_version == SCHEMA_VERSION


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError):
        Strategy.model_validate({"schema_version": 1, "surprise": True})
    with pytest.raises(ValidationError):
        Objective.model_validate({"statement": "x", "colour": "red"})


def test_items_get_distinct_stable_ids():
    first, second = Objective(), Objective()
    assert first.id != second.id
    assert Objective.model_validate(first.model_dump()).id == first.id


def test_documented_schema_matches_the_model():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), "run: python -m strategy.schema"
