"""Strategies for tests: a fully filled one, and hostile text."""

from __future__ import annotations

from datetime import date

from strategy.model import (
    Account,
    Activity,
    BusinessGoal,
    BuyIn,
    ChannelPlan,
    Channels,
    Competency,
    Competitor,
    Department,
    EditorialLine,
    Engagement,
    Finding,
    Fry,
    Hat,
    Horizon,
    IabStage,
    Influencer,
    Keyword,
    KeywordCategory,
    Kpi,
    Level,
    Listening,
    Maturity,
    Measurement,
    MessageKind,
    Meta,
    MetricKind,
    Objective,
    Organisation,
    OrgKind,
    Persona,
    Place,
    Quadrant,
    ReportingFrequency,
    ResponseRule,
    Roi,
    RoleAssignment,
    Sentiment,
    Strategy,
    Swot,
    SwotItem,
    Tone,
    TrackingCode,
)

HOSTILE_TEXTS = [
    "<script>alert('x')</script><b>bold</b>",
    "$x^2$ and $$\\int$$ cost $5",
    "control \x00\x01\x07\x0b\x0c\x1b\x7f chars",
    "emoji 🎉👩‍👩‍👧 and flags 🇫🇷",
    "right-to-left: مرحبا بالعالم שלום",
    "lone surrogate \ud800 here",
    "**markdown** _x_ [link](javascript:alert(1)) :material/home:",
]


def full_strategy() -> Strategy:
    """A strategy where every field and every link is filled (the tests check it stays so)."""
    goal = BusinessGoal(text="Grow weekday lunch sales by 15 %")
    finding = Finding(
        text="Customers praise the bread on Instagram but ask for opening hours",
        source="Instagram",
    )
    objective = Objective(
        statement="Bring 40 new lunch customers a month through Instagram",
        business_goal_id=goal.id,
        metric="new customers with the Instagram code",
        baseline=5,
        target=40,
        unit="customers/month",
        deadline=date(2027, 6, 30),
        horizon=Horizon.short,
        department=Department.marketing,
        iab_stage=IabStage.action,
    )
    persona = Persona(
        name="Office worker nearby",
        socio_demographic="25–45, employee",
        geographic="Within 1 km of the shop",
        technological="Smartphone, checks it at noon",
        contexts_of_use="Lunch break, commuting",
        expectations="A quick, fresh lunch and the day's menu",
        value_offered="The day's menu at 11:00, a loyalty offer",
        platforms=["instagram", "google_business"],
        influencers_followed="Local food bloggers",
        priority=Level.high,
    )
    return Strategy(
        meta=Meta(title="Social media strategy 2027", author="Camille Martin"),
        organisation=Organisation(
            name="Boulangerie du Parc",
            kind=OrgKind.business,
            sector="Bakery and lunch",
            mission="Good bread and quick lunches for the neighbourhood",
            values="Craft, freshness, welcome",
            business_goals=[goal],
            internal_constraints="Two people, mornings are busy",
            hours_per_week=4,
            budget_per_year=600,
            currency="EUR",
            management_buy_in=BuyIn.full,
            digital_heritage="An old Facebook page from 2015",
            accounts=[
                Account(
                    platform="facebook",
                    address="facebook.com/boulangerieduparc",
                    followers=310,
                    activity=Activity.dormant,
                    notes="Last post in 2021",
                )
            ],
        ),
        listening=Listening(
            keywords=[Keyword(term="boulangerie du parc", category=KeywordCategory.brand)],
            tools="Google Alerts, Instagram search, weekly",
            places=[
                Place(
                    name="Google reviews",
                    address="maps",
                    relevance=Level.high,
                    tone=Tone.positive,
                    notes="42 reviews",
                )
            ],
            sentiment=Sentiment(positive=70, neutral=25, negative=5),
            competitors=[
                Competitor(
                    name="Chain bakery",
                    platforms=["instagram"],
                    audience="Students",
                    what_works="Daily stories",
                )
            ],
            influencers=[
                Influencer(
                    name="@foodie_local",
                    platform="instagram",
                    audience="8k locals",
                    topics="Food",
                    relationship="Invite to a tasting",
                )
            ],
            findings=[finding],
        ),
        swot=Swot(
            items=[
                SwotItem(
                    quadrant=Quadrant.strength,
                    text="Loved bread",
                    impact=Level.high,
                    finding_id=finding.id,
                ),
                SwotItem(
                    quadrant=Quadrant.weakness,
                    text="Little time",
                    impact=Level.medium,
                    finding_id=finding.id,
                ),
                SwotItem(
                    quadrant=Quadrant.opportunity,
                    text="Offices nearby",
                    impact=Level.high,
                    finding_id=finding.id,
                ),
                SwotItem(
                    quadrant=Quadrant.threat,
                    text="Chain bakery",
                    impact=Level.medium,
                    finding_id=finding.id,
                ),
            ],
            so_strategy="Show the bread to office workers",
            wo_strategy="Batch photos on Monday",
            st_strategy="Stress craft against the chain",
            wt_strategy="Keep to two channels",
        ),
        objectives=[objective],
        personas=[persona],
        channels=Channels(
            plans=[
                ChannelPlan(
                    platform="instagram",
                    chosen=True,
                    mission="Make mouths water at 11:00",
                    objective_ids=[objective.id],
                    persona_ids=[persona.id],
                    content_types="Photos, stories",
                    tone="Warm, short",
                    posts_per_week=5,
                    minutes_per_post=15,
                    owner="Camille",
                )
            ],
            editorial=EditorialLine(
                positioning="The craft bakery of the neighbourhood",
                voice="Warm, simple, a little humour",
                pillars="Bread, the team, the day's menu",
                hot_content="The day's menu, news of the street",
                cold_content="How our bread is made",
            ),
            visibility_levers="Sign in the shop, link on Google profile",
            launch_date=date(2027, 1, 15),
        ),
        engagement=Engagement(
            roles=[RoleAssignment(hat=Hat.storyteller, person="Camille")],
            spokespeople="Camille and the owner",
            response_time_hours=4,
            moderation_charter="Be kind; insults are removed",
            response_matrix=[
                ResponseRule(
                    kind=MessageKind.complaint,
                    action="Apologise, fix",
                    who="Owner",
                    max_hours=4,
                )
            ],
            escalation_path="Camille, then the owner",
            crisis_plan="Pause posts, answer once, fix",
            staff_policy="Staff speak for themselves",
            coverage_hours="Weekdays 8:00–14:00",
            offline_actions="Tasting evening each season",
        ),
        measurement=Measurement(
            kpis=[
                Kpi(
                    objective_id=objective.id,
                    name="New customers with the Instagram code",
                    kind=MetricKind.business,
                    iab_stage=IabStage.action,
                    fry=Fry.reach,
                    source="Till",
                    baseline=5,
                    target=40,
                    unit="customers/month",
                    deadline=date(2027, 6, 30),
                    frequency=ReportingFrequency.monthly,
                )
            ],
            review_cycle="Monthly: analyse, adapt, improve",
            review_frequency=ReportingFrequency.monthly,
            roi=Roi(
                hourly_rate=25,
                financial_outcomes_per_year=9000,
                non_financial_outcomes="Better reviews",
            ),
            tracking_codes=[TrackingCode(campaign="Lunch", channel="instagram", code="utm_campaign=lunch")],
        ),
        maturity=Maturity(scores={competency: 2 for competency in Competency}),
    )


def unfilled_fields(model: object, path: str = "") -> list[str]:
    """Every field left at an empty value (empty text, None, empty list or dict), as dotted paths."""
    from pydantic import BaseModel

    if isinstance(model, BaseModel):
        missing: list[str] = []
        for name in type(model).model_fields:
            missing += unfilled_fields(getattr(model, name), f"{path}{name}.")
        return missing
    if isinstance(model, list):
        if not model:
            return [path.rstrip(".")]
        return [miss for item in model for miss in unfilled_fields(item, path)]
    if model is None or model == "" or model == {}:
        return [path.rstrip(".")]
    return []
