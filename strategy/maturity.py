"""Community maturity self-assessment (Rachel Happe / The Community Roundtable).

Each of the eight competencies is rated from 1 (hierarchical) to 4 (networked organisation);
the organisation sits at the stage its average reaches, and works next on its weakest
competencies.
"""

from __future__ import annotations

from strategy.i18n import t
from strategy.model import Competency, Maturity

STAGES = ("hierarchical", "emergent", "established", "networked")
FOCUS_COUNT = 2


def stage(maturity: Maturity) -> int | None:
    """1-4 when every competency is rated, None before."""
    if len(maturity.scores) < len(Competency):
        return None
    mean = sum(maturity.scores.values()) / len(maturity.scores)
    return min(4, max(1, int(mean + 0.5)))


def next_focus(maturity: Maturity) -> list[Competency]:
    """The weakest rated competencies, in questionnaire order when tied."""
    rated = [c for c in Competency if c in maturity.scores]
    ranked = sorted(rated, key=lambda c: (maturity.scores[c], list(Competency).index(c)))
    return [c for c in ranked if maturity.scores[c] < 4][:FOCUS_COUNT]


def stage_names(lang: str) -> list[str]:
    return [t(f"maturity.stages.{key}", lang) for key in STAGES]
