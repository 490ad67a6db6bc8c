"""The autosave store, on SQLite and on PostgreSQL: round trips, revisions, concurrency."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategy import persistence
from strategy.examples import load_example
from strategy.model import BusinessGoal, Strategy
from strategy.store import StaleRevision, Store, is_strategy_id, make_engine, new_strategy_id
from tests.factories import HOSTILE_TEXTS, full_strategy
from tests.postgres import postgres_server


@pytest.fixture(scope="module")
def postgres_url():
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path_factory) -> Store:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'strategies.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    return Store(make_engine(url))


def test_ids_are_long_random_and_recognised():
    ids = {new_strategy_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(is_strategy_id(i) and len(i) * 6 >= 128 for i in ids)
    for bad in (None, "", "../../etc/passwd", "a" * 31, "x" * 33, "abc def" * 5, 42):
        assert not is_strategy_id(bad)


def test_a_saved_strategy_comes_back_identical(store):
    strategy_id, strategy = new_strategy_id(), full_strategy()
    assert store.save(strategy_id, strategy, "channels", 0) == 1
    saved = store.load(strategy_id)
    assert saved.strategy == strategy and saved.revision == 1 and saved.step == "channels"
    store.save_step(strategy_id, "review")
    assert store.load(strategy_id).step == "review"
    assert store.load(new_strategy_id()) is None and store.load("not an id") is None


def test_a_stale_save_is_refused(store):
    strategy_id = new_strategy_id()
    first = load_example("bakery", "en")
    assert store.save(strategy_id, first, "start", 0) == 1
    tab_a, tab_b = store.load(strategy_id), store.load(strategy_id)
    tab_a.strategy.organisation.name = "Tab A"
    assert store.save(strategy_id, tab_a.strategy, "start", tab_a.revision) == 2
    tab_b.strategy.organisation.name = "Tab B"
    with pytest.raises(StaleRevision) as refused:
        store.save(strategy_id, tab_b.strategy, "start", tab_b.revision)
    assert refused.value.current == 2
    assert store.load(strategy_id).strategy.organisation.name == "Tab A", "tab A's work is kept"
    with pytest.raises(StaleRevision):
        store.save(strategy_id, first, "start", 0)  # creating it again is stale too


def test_malformed_ids_are_never_stored(store):
    with pytest.raises(ValueError):
        store.save("'; DROP TABLE strategies; --", Strategy(), "start", 0)


hostile = st.text(alphabet=st.characters(codec="utf-8"), max_size=200) | st.sampled_from(HOSTILE_TEXTS)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(hostile, min_size=6, max_size=6), hours=st.none() | st.floats(0, 168))
def test_random_hostile_strategies_store_and_reload_equal(store, texts, hours):
    strategy = Strategy.model_validate(
        {
            "meta": {"title": texts[0]},
            "organisation": {
                "name": texts[1],
                "mission": texts[2],
                "hours_per_week": hours,
                "business_goals": [{"text": texts[3]}],
            },
            "objectives": [{"statement": texts[4], "deadline": date(2027, 1, 1)}],
            "swot": {"items": [{"quadrant": "opportunity", "text": texts[5]}]},
        }
    )
    strategy_id = new_strategy_id()
    store.save(strategy_id, strategy, "start", 0)
    assert store.load(strategy_id).strategy == strategy


def test_fifty_concurrent_writers_on_sqlite_lose_nothing(tmp_path):
    store = Store(make_engine(f"sqlite:///{tmp_path / 'busy.db'}"))
    shared_id = new_strategy_id()
    store.save(shared_id, Strategy(), "start", 0)
    errors: list[BaseException] = []
    own: dict[int, str] = {}

    def writer(number: int) -> None:
        try:
            strategy_id = new_strategy_id()  # each writer's own strategy, saved 5 times
            own[number] = strategy_id
            revision = 0
            for version in range(5):
                revision = store.save(
                    strategy_id, Strategy(meta={"title": f"{number}-{version}"}), "start", revision
                )
            while True:  # and one change to a strategy all writers share, retried when stale
                saved = store.load(shared_id)
                saved.strategy.organisation.business_goals.append(BusinessGoal(text=str(number)))
                try:
                    store.save(shared_id, saved.strategy, "start", saved.revision)
                    break
                except StaleRevision:
                    continue
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(number,)) for number in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert all(
        store.load(own[n]).strategy.meta.title == f"{n}-4" and store.load(own[n]).revision == 5
        for n in range(50)
    )
    shared = store.load(shared_id)
    assert sorted(int(goal.text) for goal in shared.strategy.organisation.business_goals) == list(range(50))
    assert shared.revision == 51


def test_an_older_file_is_migrated(monkeypatch):
    def rename_author(raw: dict) -> dict:
        raw["meta"] = {"title": "", "author": raw.pop("author_name")}
        return raw

    monkeypatch.setattr(persistence, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(persistence, "MIGRATIONS", {1: rename_author})
    migrated = persistence.loads(b'{"schema_version": 1, "author_name": "Ada"}')
    assert migrated.meta.author == "Ada" and migrated.schema_version == 2
    monkeypatch.setattr(persistence, "MIGRATIONS", {})
    with pytest.raises(persistence.StrategyFileError) as refused:
        persistence.loads(b'{"schema_version": 1}')
    assert refused.value.code == "unknown_version"
