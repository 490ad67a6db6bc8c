from datetime import date

from strategy.model import Account, Objective
from ui.tables import Column, rebuild

OBJECTIVE_COLUMNS = [
    Column("statement", "objectives.statement", "long"),
    Column("target", "objectives.target", "number"),
    Column("deadline", "objectives.deadline", "date"),
]


def _rows(items):
    return [item.model_dump() for item in items]


def test_edits_additions_and_deletions_rebuild_the_list():
    base = [
        Objective(statement="a"),
        Objective(statement="b"),
        Objective(statement="c"),
    ]
    edits = {
        "edited_rows": {
            "0": {"target": 40.0, "deadline": "2027-06-30"},
            "2": {"statement": None},
        },
        "added_rows": [{"statement": "new", "target": None}],
        "deleted_rows": [1],
    }
    added_ids: list[str] = []
    items, refused = rebuild(_rows(base), Objective, OBJECTIVE_COLUMNS, edits, added_ids)
    assert refused == []
    assert [o.statement for o in items] == ["a", "", "new"]
    assert items[0].id == base[0].id and items[0].target == 40 and items[0].deadline == date(2027, 6, 30)
    assert items[1].id == base[2].id
    assert items[2].target is None and items[2].id == added_ids[0]


def test_rebuilding_twice_gives_the_same_items_and_ids():
    base = _rows([Objective(statement="a")])
    edits = {
        "edited_rows": {"0": {"statement": "b"}},
        "added_rows": [{"statement": "c"}],
        "deleted_rows": [],
    }
    added_ids: list[str] = []
    first, _ = rebuild(base, Objective, OBJECTIVE_COLUMNS, edits, added_ids)
    second, _ = rebuild(base, Objective, OBJECTIVE_COLUMNS, edits, added_ids)
    assert first == second


def test_the_base_is_never_changed():
    base = _rows([Objective(statement="a")])
    before = [dict(row) for row in base]
    rebuild(
        base,
        Objective,
        OBJECTIVE_COLUMNS,
        {"edited_rows": {"0": {"statement": "z"}}},
        [],
    )
    assert base == before


def test_invalid_values_are_refused_and_the_row_kept():
    base = _rows([Account(platform="x", followers=10)])
    items, refused = rebuild(
        base,
        Account,
        [Column("followers", "x", "integer")],
        {"edited_rows": {"0": {"followers": -5}}},
        [],
    )
    assert refused == ["followers"]
    assert items[0].followers == 10


def test_link_columns_offer_the_items_and_platforms_by_name():
    from strategy.catalogue import catalogue
    from ui.tables import item_link, platform_link

    goals = [Objective(statement="Reach"), Objective(statement="Sell")]
    names = {goals[0].id: "Reach"}
    column = item_link("objective_ids", "channels.objectives", goals, names, many=True)
    assert column.kind == "links" and list(column.options) == [goal.id for goal in goals]
    assert column.format_func(goals[0].id) == "Reach"
    assert column.format_func(goals[1].id) == goals[1].id, "an id without a name shows as itself"
    platform = platform_link("platform", "channels.platform")
    assert platform.kind == "link" and list(platform.options) == list(catalogue().channels)
    assert platform.format_func("facebook") == catalogue().name("facebook")
