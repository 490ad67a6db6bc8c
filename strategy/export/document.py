"""The strategy document: what a student hands in and a business forwards to its management.

Cover, table of contents, a one-page executive summary, one chapter per wizard step with real
tables and charts, a dated action plan, and appendices the organisation can publish as they are.
"""

from __future__ import annotations

from datetime import date

from strategy.calc import annual_cost, chosen_plans, plan_hours_per_week, weekly_workload
from strategy.catalogue import catalogue
from strategy.coach import review
from strategy.export.base import Builder
from strategy.export.figures import channel_matrix_png, kpi_timeline_png, workload_png
from strategy.i18n import label
from strategy.maturity import stage, stage_names
from strategy.model import Competency, Quadrant, Strategy
from strategy.plan import action_plan
from strategy.scoring import score_channels


class _StrategyDocument(Builder):
    # --- front matter ------------------------------------------------------------------------

    def summary(self) -> None:
        doc = self.doc
        doc.heading(self.tr("export.summary"))
        doc.text_or_missing(self.s.organisation.mission, self.missing())
        doc.heading(self.tr("review.objectives"), 2)
        if self.s.objectives:
            doc.bullets(
                [
                    f"{self.names[o.id]} — {self.num(o.target)} {o.unit}, {self.day(o.deadline)}"
                    for o in self.s.objectives
                ]
            )
        else:
            doc.paragraph(self.missing(), style="Quote")
        doc.heading(self.tr("review.channels"), 2)
        chosen = chosen_plans(self.s)
        if chosen:
            doc.bullets([f"{self.platform(p.platform)}{self.tr('export.colon')}{p.mission}" for p in chosen])
        else:
            doc.paragraph(self.missing(), style="Quote")
        doc.heading(self.tr("export.key_kpis"), 2)
        self.table(
            [
                self.tr("measurement.name"),
                self.tr("measurement.baseline"),
                self.tr("measurement.target"),
                self.tr("measurement.deadline"),
            ],
            [
                [k.name, self.num(k.baseline), f"{self.num(k.target)} {k.unit}", self.day(k.deadline)]
                for k in self.s.measurement.kpis[:6]
            ],
            self.tr("export.key_kpis"),
        )
        workload = sum(weekly_workload(self.s).values())
        doc.labelled(
            self.tr("export.resources"),
            self.tr(
                "export.resources_text",
                needed=self.num(round(workload, 1)),
                available=self.num(self.s.organisation.hours_per_week),
            ),
        )
        doc.page_break()

    # --- one chapter per step ----------------------------------------------------------------

    def organisation(self) -> None:
        org, doc = self.s.organisation, self.doc
        doc.heading(self.tr("steps.start.title") + " — " + self.tr("start.organisation"))
        self.organisation_card()
        doc.heading(self.tr("start.goals"), 2)
        if org.business_goals:
            doc.bullets([goal.text or self.names[goal.id] for goal in org.business_goals])
        else:
            doc.paragraph(self.missing(), style="Quote")
        doc.heading(self.tr("start.resources"), 2)
        doc.key_values(
            [
                (self.tr("start.hours_per_week"), self.num(org.hours_per_week)),
                (self.tr("start.budget_per_year"), f"{self.num(org.budget_per_year)} {org.currency}"),
                (self.tr("start.buy_in"), self.enum(org.management_buy_in)),
            ]
        )
        doc.heading(self.tr("start.constraints"), 3)
        doc.text_or_missing(org.internal_constraints, self.missing())
        doc.heading(self.tr("start.presence"), 2)
        self.table(
            [
                self.tr("start.account_platform"),
                self.tr("start.account_address"),
                self.tr("start.account_followers"),
                self.tr("start.account_activity"),
                self.tr("common.notes"),
            ],
            [
                [self.platform(a.platform), a.address, self.num(a.followers), self.enum(a.activity), a.notes]
                for a in org.accounts
            ],
            self.tr("export.accounts_caption"),
        )
        doc.heading(self.tr("start.heritage"), 3)
        doc.text_or_missing(org.digital_heritage, self.missing())
        doc.heading(self.tr("export.maturity"), 2)
        reached = stage(self.s.maturity)
        if reached is None:
            doc.paragraph(self.tr("maturity.stage_unknown"), style="Quote")
        else:
            doc.paragraph(self.tr("maturity.stage", number=reached, name=stage_names(self.lang)[reached - 1]))
            self.table(
                [self.tr("export.competency"), self.tr("export.level")],
                [
                    [label(c, self.lang), self.tr(f"maturity.{c.value}.l{self.s.maturity.scores[c]}")]
                    for c in Competency
                ],
                self.tr("export.maturity"),
            )

    def listening(self) -> None:
        heard, doc = self.s.listening, self.doc
        doc.heading(self.tr("steps.listen.title"))
        doc.heading(self.tr("listen.keywords"), 2)
        self.table(
            [self.tr("listen.term"), self.tr("listen.category")],
            [[k.term, self.enum(k.category)] for k in heard.keywords],
            self.tr("listen.keywords"),
        )
        doc.heading(self.tr("listen.tools"), 3)
        doc.text_or_missing(heard.tools, self.missing())
        doc.heading(self.tr("listen.places"), 2)
        self.table(
            [
                self.tr("listen.place_name"),
                self.tr("listen.place_address"),
                self.tr("listen.relevance"),
                self.tr("listen.tone"),
                self.tr("common.notes"),
            ],
            [[p.name, p.address, self.enum(p.relevance), self.enum(p.tone), p.notes] for p in heard.places],
            self.tr("listen.places"),
        )
        doc.heading(self.tr("listen.sentiment"), 2)
        sentiment = heard.sentiment
        if any(v is not None for v in (sentiment.positive, sentiment.neutral, sentiment.negative)):
            doc.paragraph(
                self.tr(
                    "export.sentiment",
                    positive=self.num(sentiment.positive),
                    neutral=self.num(sentiment.neutral),
                    negative=self.num(sentiment.negative),
                )
            )
        else:
            doc.paragraph(self.missing(), style="Quote")
        doc.heading(self.tr("listen.competitors"), 2)
        self.table(
            [
                self.tr("listen.competitor_name"),
                self.tr("listen.competitor_platforms"),
                self.tr("listen.audience"),
                self.tr("listen.what_works"),
            ],
            [
                [c.name, ", ".join(self.platform(p) for p in c.platforms), c.audience, c.what_works]
                for c in heard.competitors
            ],
            self.tr("listen.competitors"),
        )
        doc.heading(self.tr("listen.influencers"), 2)
        self.table(
            [
                self.tr("listen.influencer_name"),
                self.tr("listen.influencer_platform"),
                self.tr("listen.audience"),
                self.tr("listen.topics"),
                self.tr("listen.relationship"),
            ],
            [
                [i.name, self.platform(i.platform), i.audience, i.topics, i.relationship]
                for i in heard.influencers
            ],
            self.tr("listen.influencers"),
        )
        doc.heading(self.tr("listen.findings"), 2)
        if heard.findings:
            doc.bullets([f"{f.text} ({f.source})" if f.source else f.text for f in heard.findings])
        else:
            doc.paragraph(self.missing(), style="Quote")

    def swot(self) -> None:
        doc, items = self.doc, self.s.swot.items
        doc.heading(self.tr("steps.swot.title"))

        def cell(quadrant: Quadrant) -> str:
            texts = [f"• {item.text}" for item in items if item.quadrant == quadrant and item.text.strip()]
            return "\n".join(texts) or "—"

        doc.table(
            [label(Quadrant.strength, self.lang), label(Quadrant.weakness, self.lang)],
            [
                [cell(Quadrant.strength), cell(Quadrant.weakness)],
                [label(Quadrant.opportunity, self.lang), label(Quadrant.threat, self.lang)],
                [cell(Quadrant.opportunity), cell(Quadrant.threat)],
            ],
            self.tr("export.swot_caption"),
            label=self.tr("export.table"),
        )
        grounded = [item for item in items if item.finding_id]
        if grounded:
            doc.heading(self.tr("export.swot_evidence"), 2)
            self.table(
                [self.tr("swot.text"), self.tr("swot.impact"), self.tr("swot.finding")],
                [[i.text, self.enum(i.impact), self.names.get(i.finding_id, "—")] for i in grounded],
                self.tr("export.swot_evidence"),
            )
        doc.heading(self.tr("swot.cross"), 2)
        for key, text in (
            ("so", self.s.swot.so_strategy),
            ("wo", self.s.swot.wo_strategy),
            ("st", self.s.swot.st_strategy),
            ("wt", self.s.swot.wt_strategy),
        ):
            doc.heading(self.tr(f"swot.{key}"), 3)
            doc.text_or_missing(text, self.missing())

    def objectives(self) -> None:
        """Each objective as its SMART parts, so a reader sees at once what is missing."""
        doc = self.doc
        doc.heading(self.tr("steps.objectives.title"))
        if not self.s.objectives:
            doc.paragraph(self.missing(), style="Quote")
        for o in self.s.objectives:
            doc.heading(self.names[o.id], 2)
            doc.key_values(
                [
                    (self.tr("export.smart_s"), o.statement or "—"),
                    (self.tr("export.smart_m"), self._measurable(o)),
                    (
                        self.tr("export.smart_a"),
                        self.names.get(o.business_goal_id, "—") if o.business_goal_id else "—",
                    ),
                    (self.tr("export.smart_r"), self.enum(o.department)),
                    (self.tr("export.smart_t"), f"{self.day(o.deadline)} ({self.enum(o.horizon)})"),
                    (self.tr("objectives.iab_stage"), self.enum(o.iab_stage)),
                ]
            )

    def _measurable(self, o) -> str:
        change = f"{self.num(o.baseline)} → {self.num(o.target)} {o.unit}"
        return f"{o.metric or '—'}{self.tr('export.colon')}{change}"

    def targets(self) -> None:
        doc = self.doc
        doc.heading(self.tr("steps.targets.title"))
        if not self.s.personas:
            doc.paragraph(self.missing(), style="Quote")
        for persona in self.s.personas:
            doc.heading(self.names[persona.id], 2)
            doc.key_values(
                [
                    (self.tr("targets.priority"), self.enum(persona.priority)),
                    (self.tr("targets.socio_demographic"), persona.socio_demographic or "—"),
                    (self.tr("targets.geographic"), persona.geographic or "—"),
                    (self.tr("targets.technological"), persona.technological or "—"),
                    (self.tr("targets.contexts_of_use"), persona.contexts_of_use or "—"),
                    (self.tr("targets.expectations"), persona.expectations or "—"),
                    (self.tr("targets.value_offered"), persona.value_offered or "—"),
                    (
                        self.tr("targets.platforms"),
                        ", ".join(self.platform(p) for p in persona.platforms) or "—",
                    ),
                    (self.tr("targets.influencers_followed"), persona.influencers_followed or "—"),
                ]
            )

    def channels(self) -> None:
        doc, channels = self.doc, self.s.channels
        doc.heading(self.tr("steps.channels.title"))
        doc.heading(self.tr("scoring.title"), 2)
        doc.paragraph(self.tr("scoring.hint"))
        scores = score_channels(self.s)
        chosen = {p.platform for p in chosen_plans(self.s)}
        effort = {key: channel.effort for key, channel in catalogue().channels.items()}
        self.table(
            [
                self.tr("channels.platform"),
                self.tr("scoring.score"),
                self.tr("scoring.audience_fit"),
                self.tr("scoring.effort_column"),
                self.tr("channels.chosen"),
            ],
            [
                [
                    s.name,
                    str(s.score),
                    f"{round(s.audience_fit * 100)} %",
                    str(effort[s.key]),
                    "✓" if s.key in chosen else "",
                ]
                for s in scores
            ],
            self.tr("export.matrix_caption"),
        )
        doc.image(
            channel_matrix_png(scores, chosen, self.lang),
            self.tr("charts.matrix_title"),
            label=self.tr("export.figure"),
        )
        doc.heading(self.tr("export.chosen_channels"), 2)
        plans = chosen_plans(self.s)
        if not plans:
            doc.paragraph(self.missing(), style="Quote")
        for plan in plans:
            doc.heading(self.platform(plan.platform), 3)
            doc.key_values(
                [
                    (self.tr("channels.mission"), plan.mission or "—"),
                    (
                        self.tr("channels.objectives"),
                        "; ".join(self.names.get(i, i) for i in plan.objective_ids) or "—",
                    ),
                    (
                        self.tr("channels.personas"),
                        "; ".join(self.names.get(i, i) for i in plan.persona_ids) or "—",
                    ),
                    (self.tr("channels.content_types"), plan.content_types or "—"),
                    (self.tr("channels.tone"), plan.tone or "—"),
                    (
                        self.tr("export.rhythm"),
                        self.tr(
                            "export.rhythm_text",
                            posts=self.num(plan.posts_per_week),
                            minutes=self.num(plan.minutes_per_post),
                            hours=self.num(round(plan_hours_per_week(plan), 1)),
                        ),
                    ),
                    (self.tr("channels.owner"), plan.owner or "—"),
                ]
            )
        doc.image(
            workload_png(self.s, self.lang),
            self.tr("charts.workload_title", total=self.num(round(sum(weekly_workload(self.s).values()), 1))),
            label=self.tr("export.figure"),
        )
        doc.heading(self.tr("channels.editorial"), 2)
        editorial = channels.editorial
        for key, text in (
            ("positioning", editorial.positioning),
            ("voice", editorial.voice),
            ("pillars", editorial.pillars),
            ("hot_content", editorial.hot_content),
            ("cold_content", editorial.cold_content),
        ):
            doc.heading(self.tr(f"channels.{key}"), 3)
            doc.text_or_missing(text, self.missing())
        doc.heading(self.tr("channels.launch"), 2)
        doc.labelled(self.tr("channels.launch_date"), self.day(channels.launch_date))
        doc.heading(self.tr("channels.visibility_levers"), 3)
        doc.text_or_missing(channels.visibility_levers, self.missing())

    def engagement(self) -> None:
        doc, rules = self.doc, self.s.engagement
        doc.heading(self.tr("steps.engagement.title"))
        doc.heading(self.tr("engagement.roles"), 2)
        self.table(
            [self.tr("engagement.hat"), self.tr("engagement.person")],
            [[self.enum(r.hat), r.person] for r in rules.roles],
            self.tr("engagement.roles"),
        )
        doc.heading(self.tr("engagement.spokespeople"), 3)
        doc.text_or_missing(rules.spokespeople, self.missing())
        doc.heading(self.tr("engagement.responding"), 2)
        doc.labelled(self.tr("engagement.response_time"), self.num(rules.response_time_hours))
        doc.labelled(self.tr("engagement.coverage"), rules.coverage_hours or "—")
        self.table(
            [
                self.tr("engagement.kind"),
                self.tr("engagement.action"),
                self.tr("engagement.who"),
                self.tr("engagement.max_hours"),
            ],
            [[self.enum(r.kind), r.action, r.who, self.num(r.max_hours)] for r in rules.response_matrix],
            self.tr("export.response_caption"),
        )
        doc.heading(self.tr("engagement.escalation"), 3)
        doc.text_or_missing(rules.escalation_path, self.missing())
        doc.heading(self.tr("engagement.crisis"), 2)
        doc.text_or_missing(rules.crisis_plan, self.missing())
        doc.heading(self.tr("engagement.offline"), 2)
        doc.text_or_missing(rules.offline_actions, self.missing())
        doc.paragraph(self.tr("export.see_appendices"))

    def measurement(self) -> None:
        doc, measured = self.doc, self.s.measurement
        doc.heading(self.tr("steps.measurement.title"))
        self.table(
            [
                self.tr("measurement.name"),
                self.tr("measurement.objective"),
                self.tr("export.kpi_nature"),
                self.tr("export.baseline_target"),
                self.tr("export.deadline_frequency"),
                self.tr("measurement.source"),
            ],
            [
                [
                    k.name,
                    self.names.get(k.objective_id, "—") if k.objective_id else "—",
                    " · ".join(self.enum(v) for v in (k.kind, k.iab_stage, k.fry)),
                    f"{self.num(k.baseline)} → {self.num(k.target)} {k.unit}",
                    f"{self.day(k.deadline)} · {self.enum(k.frequency)}",
                    k.source,
                ]
                for k in measured.kpis
            ],
            self.tr("export.kpi_caption"),
        )
        timeline = kpi_timeline_png(self.s, self.lang, self.today)
        if timeline:
            doc.image(timeline, self.tr("charts.kpi_title"), label=self.tr("export.figure"))
        doc.heading(self.tr("measurement.review"), 2)
        doc.labelled(self.tr("measurement.review_frequency"), self.enum(measured.review_frequency))
        doc.text_or_missing(measured.review_cycle, self.missing())
        doc.heading(self.tr("measurement.roi"), 2)
        cost = annual_cost(self.s)
        currency = self.s.organisation.currency
        doc.key_values(
            [
                (
                    self.tr("measurement.annual_cost"),
                    f"{self.num(cost)} {currency}" if cost is not None else "—",
                ),
                (
                    self.tr("measurement.financial_outcomes"),
                    f"{self.num(measured.roi.financial_outcomes_per_year)} {currency}",
                ),
                (self.tr("measurement.non_financial"), measured.roi.non_financial_outcomes or "—"),
            ]
        )
        doc.heading(self.tr("measurement.tracking"), 2)
        self.table(
            [self.tr("measurement.campaign"), self.tr("measurement.channel"), self.tr("measurement.code")],
            [[c.campaign, self.platform(c.channel), c.code] for c in measured.tracking_codes],
            self.tr("measurement.tracking"),
        )

    def plan(self) -> None:
        self.doc.heading(self.tr("export.action_plan"))
        self.table(
            [self.tr("export.when"), self.tr("export.what"), self.tr("engagement.who")],
            [[self.day(a.when), a.what, a.who or "—"] for a in action_plan(self.s, self.lang)],
            self.tr("export.action_plan"),
        )

    def appendices(self) -> None:
        doc, rules = self.doc, self.s.engagement
        doc.page_break()
        doc.heading(self.tr("export.appendix_charter"))
        doc.paragraph(self.tr("export.appendix_charter_intro"), style="Quote")
        doc.text_or_missing(rules.moderation_charter, self.missing())
        doc.page_break()
        doc.heading(self.tr("export.appendix_policy"))
        doc.paragraph(self.tr("export.appendix_policy_intro"), style="Quote")
        doc.text_or_missing(rules.staff_policy, self.missing())
        doc.heading(self.tr("export.appendix_coach"))
        findings = review(self.s, self.today)
        if findings:
            doc.bullets([self._finding_line(f) for f in findings])
        else:
            doc.paragraph(self.tr("coach.all_none"))

    def _finding_line(self, finding) -> str:
        severity = self.tr(f"coach.severity.{finding.severity.name}")
        line = f"{severity} — {self.tr(f'coach.{finding.code}.what', **finding.params)}"
        return f"{line} ({finding.subject})" if finding.subject else line

    def build(self) -> bytes:
        self.cover(self.s.meta.title or self.tr("export.default_title"))
        self.summary()
        for chapter in (
            self.organisation,
            self.listening,
            self.swot,
            self.objectives,
            self.targets,
            self.channels,
            self.engagement,
            self.measurement,
            self.plan,
        ):
            chapter()
        self.appendices()
        self.doc.page_numbers(self.tr("export.page"))
        return self.doc.to_bytes()


def strategy_document(strategy: Strategy, lang: str, today: date | None = None) -> bytes:
    """The whole strategy as a .docx file, in `lang`."""
    return _StrategyDocument(strategy, lang, today or date.today()).build()
