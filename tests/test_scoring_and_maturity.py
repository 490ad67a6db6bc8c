from strategy.catalogue import catalogue
from strategy.examples import load_example
from strategy.i18n import LANGUAGES, t
from strategy.maturity import next_focus, stage
from strategy.model import Competency, Competitor, IabStage, Level, Maturity, Objective, Persona, Strategy
from strategy.scoring import NEUTRAL, score_channels


def test_every_catalogue_channel_is_scored_best_first():
    scores = score_channels(load_example("bakery", "en"))
    assert {s.key for s in scores} == set(catalogue().channels)
    assert [s.score for s in scores] == sorted((s.score for s in scores), reverse=True)


def test_a_channel_where_the_targets_gather_scores_higher():
    strategy = Strategy(personas=[Persona(platforms=["linkedin"], priority=Level.high)])
    by_key = {s.key: s for s in score_channels(strategy)}
    assert by_key["linkedin"].audience_fit == 1 and by_key["x"].audience_fit == 0
    assert by_key["linkedin"].score > by_key["x"].score


def test_objectives_and_competitors_count_and_unknowns_are_neutral():
    empty = {s.key: s for s in score_channels(Strategy())}["youtube"]
    assert empty.audience_fit == empty.objective_fit == empty.competitor_presence == NEUTRAL
    strategy = Strategy(
        objectives=[Objective(iab_stage=IabStage.action)],
        listening={"competitors": [Competitor(platforms=["pinterest"]), Competitor(platforms=[])]},
    )
    pinterest = {s.key: s for s in score_channels(strategy)}["pinterest"]
    assert pinterest.objective_fit == 1 and pinterest.competitor_presence == 0.5


def test_reasons_are_sentences_in_both_languages():
    for score in score_channels(load_example("association", "fr")):
        for reason in score.reasons:
            for lang in LANGUAGES:
                assert t(f"scoring.{reason.code}", lang, **reason.params)


def test_maturity_stage_and_focus():
    assert stage(Maturity()) is None
    partial = Maturity(scores={Competency.strategy: 4})
    assert stage(partial) is None and next_focus(partial) == []
    scores = {competency: 3 for competency in Competency} | {Competency.tools: 1, Competency.measurement: 2}
    maturity = Maturity(scores=scores)
    assert stage(maturity) == 3  # mean 2.75
    assert next_focus(maturity) == [Competency.tools, Competency.measurement]
    assert stage(Maturity(scores=dict.fromkeys(Competency, 1))) == 1
    assert next_focus(Maturity(scores=dict.fromkeys(Competency, 4))) == []
