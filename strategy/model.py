"""The strategy model: one Pydantic tree that every step of the wizard fills.

Links between steps are by stable ids (a KPI names its objective's id, a channel
names its personas' ids), never by copied text, so renaming an objective does not
break the KPIs that measure it.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = 1


def new_id() -> str:
    """A short random id for an item; unique enough within one strategy."""
    return uuid.uuid4().hex[:10]


def well_formed(text: str) -> str:
    """Text any encoder accepts: a lone surrogate (never a real character, only a broken
    encoding) becomes U+FFFD, as Unicode prescribes. Everything else is kept as typed."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


class Strict(BaseModel):
    """Base for every part of the strategy: unknown fields are an error, not silently dropped,
    and every assignment is validated like a file load."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    @field_validator("*", mode="before")
    @classmethod
    def _well_formed_text(cls, value: object) -> object:
        if isinstance(value, str):
            return well_formed(value)
        if isinstance(value, list):
            return [well_formed(entry) if isinstance(entry, str) else entry for entry in value]
        return value


class Item(Strict):
    """An element of a list that other steps can point at."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)


# --- Vocabularies -------------------------------------------------------------------------
# The values are stable codes stored in files; their labels live in the locale tables.


class OrgKind(StrEnum):
    business = "business"
    association = "association"
    public_body = "public_body"
    personal_brand = "personal_brand"
    event = "event"
    course_project = "course_project"


class BuyIn(StrEnum):
    none = "none"
    partial = "partial"
    full = "full"


class Activity(StrEnum):
    active = "active"
    occasional = "occasional"
    dormant = "dormant"


class KeywordCategory(StrEnum):
    brand = "brand"
    product = "product"
    competitor = "competitor"
    sector = "sector"


class Level(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


class Tone(StrEnum):
    positive = "positive"
    neutral = "neutral"
    negative = "negative"
    mixed = "mixed"


class Quadrant(StrEnum):
    strength = "strength"
    weakness = "weakness"
    opportunity = "opportunity"
    threat = "threat"


class Horizon(StrEnum):
    short = "short"
    medium = "medium"
    long = "long"


class Department(StrEnum):
    corporate = "corporate"
    hr = "hr"
    rnd = "rnd"
    pr = "pr"
    marketing = "marketing"
    customer_service = "customer_service"
    legal = "legal"
    other = "other"


class IabStage(StrEnum):
    awareness = "awareness"
    appreciation = "appreciation"
    action = "action"
    advocacy = "advocacy"


class MetricKind(StrEnum):
    media = "media"
    business = "business"


class Fry(StrEnum):
    frequency = "frequency"
    reach = "reach"
    yield_ = "yield"


class ReportingFrequency(StrEnum):
    weekly = "weekly"
    monthly = "monthly"
    quarterly = "quarterly"
    yearly = "yearly"


class Hat(StrEnum):
    ambassador = "ambassador"
    storyteller = "storyteller"
    caretaker = "caretaker"
    content_creator = "content_creator"
    teacher = "teacher"
    interpreter = "interpreter"
    connector = "connector"
    switchboard = "switchboard"
    poster_child = "poster_child"


class MessageKind(StrEnum):
    question = "question"
    complaint = "complaint"
    praise = "praise"
    troll = "troll"
    crisis = "crisis"


class Competency(StrEnum):
    """The Community Roundtable's eight competencies, used by the maturity self-assessment."""

    strategy = "strategy"
    leadership = "leadership"
    culture = "culture"
    community_management = "community_management"
    content = "content"
    governance = "governance"
    tools = "tools"
    measurement = "measurement"


# --- Step 0: the organisation and its context ------------------------------------------------


class BusinessGoal(Item):
    text: str = ""


class Account(Item):
    platform: str = ""
    address: str = ""
    followers: int | None = Field(default=None, ge=0)
    activity: Activity | None = None
    notes: str = ""


class Organisation(Strict):
    name: str = ""
    kind: OrgKind | None = None
    sector: str = ""
    mission: str = ""
    values: str = ""
    business_goals: list[BusinessGoal] = Field(default_factory=list)
    internal_constraints: str = ""
    hours_per_week: float | None = Field(default=None, ge=0, le=168 * 50)
    budget_per_year: float | None = Field(default=None, ge=0)
    currency: str = "EUR"
    management_buy_in: BuyIn | None = None
    digital_heritage: str = ""
    accounts: list[Account] = Field(default_factory=list)


# --- Step 1: listen ----------------------------------------------------------------------------


class Keyword(Item):
    term: str = ""
    category: KeywordCategory | None = None


class Place(Item):
    name: str = ""
    address: str = ""
    relevance: Level | None = None
    tone: Tone | None = None
    notes: str = ""


class Sentiment(Strict):
    """A snapshot of what was heard, as shares in percent."""

    positive: float | None = Field(default=None, ge=0, le=100)
    neutral: float | None = Field(default=None, ge=0, le=100)
    negative: float | None = Field(default=None, ge=0, le=100)


class Competitor(Item):
    name: str = ""
    platforms: list[str] = Field(default_factory=list)
    audience: str = ""
    what_works: str = ""


class Influencer(Item):
    name: str = ""
    platform: str = ""
    audience: str = ""
    topics: str = ""
    relationship: str = ""


class Finding(Item):
    """A lesson drawn from listening, that the SWOT can cite."""

    text: str = ""
    source: str = ""


class Listening(Strict):
    keywords: list[Keyword] = Field(default_factory=list)
    tools: str = ""
    places: list[Place] = Field(default_factory=list)
    sentiment: Sentiment = Field(default_factory=Sentiment)
    competitors: list[Competitor] = Field(default_factory=list)
    influencers: list[Influencer] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)


# --- Step 2: SWOT ------------------------------------------------------------------------------


class SwotItem(Item):
    quadrant: Quadrant = Quadrant.strength
    text: str = ""
    impact: Level | None = None
    finding_id: str | None = None


class Swot(Strict):
    items: list[SwotItem] = Field(default_factory=list)
    so_strategy: str = ""
    wo_strategy: str = ""
    st_strategy: str = ""
    wt_strategy: str = ""


# --- Step 3: objectives ------------------------------------------------------------------------


class Objective(Item):
    statement: str = ""
    business_goal_id: str | None = None
    metric: str = ""
    baseline: float | None = None
    target: float | None = None
    unit: str = ""
    deadline: date | None = None
    horizon: Horizon | None = None
    department: Department | None = None
    iab_stage: IabStage | None = None


# --- Step 4: targets ---------------------------------------------------------------------------


class Persona(Item):
    name: str = ""
    socio_demographic: str = ""
    geographic: str = ""
    technological: str = ""
    contexts_of_use: str = ""
    expectations: str = ""
    value_offered: str = ""
    platforms: list[str] = Field(default_factory=list)
    influencers_followed: str = ""
    priority: Level | None = None


# --- Step 5: channels --------------------------------------------------------------------------


class ChannelPlan(Item):
    """A candidate channel; `chosen` marks the few the organisation commits to."""

    platform: str = ""
    chosen: bool = False
    mission: str = ""
    objective_ids: list[str] = Field(default_factory=list)
    persona_ids: list[str] = Field(default_factory=list)
    content_types: str = ""
    tone: str = ""
    posts_per_week: float | None = Field(default=None, ge=0, le=1000)
    minutes_per_post: float | None = Field(default=None, ge=0, le=10_000)
    owner: str = ""


class EditorialLine(Strict):
    positioning: str = ""
    voice: str = ""
    pillars: str = ""
    hot_content: str = ""
    cold_content: str = ""


class Channels(Strict):
    plans: list[ChannelPlan] = Field(default_factory=list)
    editorial: EditorialLine = Field(default_factory=EditorialLine)
    visibility_levers: str = ""
    launch_date: date | None = None


# --- Step 6: engagement rules ------------------------------------------------------------------


class RoleAssignment(Item):
    hat: Hat | None = None
    person: str = ""


class ResponseRule(Item):
    kind: MessageKind | None = None
    action: str = ""
    who: str = ""
    max_hours: float | None = Field(default=None, ge=0)


class Engagement(Strict):
    roles: list[RoleAssignment] = Field(default_factory=list)
    spokespeople: str = ""
    response_time_hours: float | None = Field(default=None, ge=0)
    moderation_charter: str = ""
    response_matrix: list[ResponseRule] = Field(default_factory=list)
    escalation_path: str = ""
    crisis_plan: str = ""
    staff_policy: str = ""
    coverage_hours: str = ""
    offline_actions: str = ""


# --- Step 7: measurement -----------------------------------------------------------------------


class Kpi(Item):
    objective_id: str | None = None
    name: str = ""
    kind: MetricKind | None = None
    iab_stage: IabStage | None = None
    fry: Fry | None = None
    source: str = ""
    baseline: float | None = None
    target: float | None = None
    unit: str = ""
    deadline: date | None = None
    frequency: ReportingFrequency | None = None


class TrackingCode(Item):
    campaign: str = ""
    channel: str = ""
    code: str = ""


class Roi(Strict):
    """Blanchard: what the programme costs against what it brings, in money and otherwise."""

    hourly_rate: float | None = Field(default=None, ge=0)
    financial_outcomes_per_year: float | None = Field(default=None, ge=0)
    non_financial_outcomes: str = ""


class Measurement(Strict):
    kpis: list[Kpi] = Field(default_factory=list)
    review_cycle: str = ""
    review_frequency: ReportingFrequency | None = None
    roi: Roi = Field(default_factory=Roi)
    tracking_codes: list[TrackingCode] = Field(default_factory=list)


# --- Self-assessment ---------------------------------------------------------------------------


class Maturity(Strict):
    """Scores from 1 (hierarchical) to 4 (networked) per competency; absent means not answered."""

    scores: dict[Competency, Annotated[int, Field(ge=1, le=4)]] = Field(default_factory=dict)


# --- The whole strategy ------------------------------------------------------------------------


class Meta(Strict):
    title: str = ""
    author: str = ""


class Strategy(Strict):
    schema_version: int = SCHEMA_VERSION
    meta: Meta = Field(default_factory=Meta)
    organisation: Organisation = Field(default_factory=Organisation)
    listening: Listening = Field(default_factory=Listening)
    swot: Swot = Field(default_factory=Swot)
    objectives: list[Objective] = Field(default_factory=list)
    personas: list[Persona] = Field(default_factory=list)
    channels: Channels = Field(default_factory=Channels)
    engagement: Engagement = Field(default_factory=Engagement)
    measurement: Measurement = Field(default_factory=Measurement)
    maturity: Maturity = Field(default_factory=Maturity)
