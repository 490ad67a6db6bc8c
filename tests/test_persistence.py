import json

import pytest

from strategy import persistence
from strategy.model import SCHEMA_VERSION, Strategy
from tests.factories import HOSTILE_TEXTS, full_strategy


def test_full_strategy_round_trips_through_the_file():
    strategy = full_strategy()
    assert persistence.loads(persistence.dumps(strategy)) == strategy


@pytest.mark.parametrize("text", [*HOSTILE_TEXTS, "x" * 100_000])
def test_any_text_round_trips(text):
    strategy = full_strategy()
    strategy.organisation.mission = text
    strategy.objectives[0].statement = text
    assert persistence.loads(persistence.dumps(strategy)) == strategy


def test_file_is_readable_utf8_json():
    data = persistence.dumps(full_strategy())
    assert "Boulangerie du Parc" in data.decode("utf-8")
    assert json.loads(data)["schema_version"] == SCHEMA_VERSION


def test_bom_is_accepted():
    strategy = full_strategy()
    assert persistence.loads(b"\xef\xbb\xbf" + persistence.dumps(strategy)) == strategy


def _refusal(data: bytes) -> persistence.StrategyFileError:
    with pytest.raises(persistence.StrategyFileError) as caught:
        persistence.loads(data)
    return caught.value


def test_refusals_say_what_is_wrong():
    assert _refusal(b"{not json").code == "not_json"
    assert _refusal(b"\xff\xfe\x00garbage").code == "not_utf8"
    assert _refusal(b"[1, 2]").code == "not_strategy"
    assert _refusal(b'{"name": "x"}').code == "not_strategy"
    assert _refusal(b'{"schema_version": "one"}').code == "unknown_version"
    assert _refusal(b'{"schema_version": 0}').code == "unknown_version"
    newer = _refusal(json.dumps({"schema_version": SCHEMA_VERSION + 1}).encode())
    assert newer.code == "newer_version" and newer.params["version"] == SCHEMA_VERSION + 1
    wrong_shape = _refusal(b'{"schema_version": 1, "objectives": "lots"}')
    assert wrong_shape.code == "invalid" and wrong_shape.params["where"] == "objectives"
    assert _refusal(b'{"schema_version": 1, "unknown": 1}').code == "invalid"


def test_oversized_file_is_refused_before_parsing():
    data = b" " * (persistence.MAX_FILE_BYTES + 1)
    assert _refusal(data).code == "too_large"


def test_file_name_is_safe():
    strategy = Strategy()
    assert persistence.file_name(strategy) == "strategy.strategy.json"
    strategy.organisation.name = "../Café <du> Parc/\x00"
    name = persistence.file_name(strategy)
    assert name == "Café-du-Parc.strategy.json"


def test_a_lone_surrogate_in_a_file_loads_as_a_replacement_character():
    data = b'{"schema_version": 1, "organisation": {"name": "Caf\\ud800e"}}'
    assert persistence.loads(data).organisation.name == "Caf\ufffde"
