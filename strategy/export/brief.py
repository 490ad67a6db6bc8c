"""The agency brief (cahier des charges): what an organisation sends to the agencies it consults.

It follows the classic outline of a social media brief: the context (the organisation, its
internal constraints, its existing presence, its environment), the project (organisation,
objectives, targets, resources, the provider's role, deliverables), and the contractual
aspects (ownership, confidentiality, how the provider will be chosen).
"""

from __future__ import annotations

from datetime import date

from strategy.calc import chosen_plans
from strategy.export.base import Builder
from strategy.model import Strategy
from strategy.plan import action_plan


class _AgencyBrief(Builder):
    def introduction(self) -> None:
        doc, org = self.doc, self.s.organisation
        doc.heading(self.tr("brief.introduction"))
        doc.paragraph(self.tr("brief.introduction_text", name=org.name or self.tr("common.unnamed")))
        doc.heading(self.tr("brief.initial_need"), 2)
        if org.business_goals:
            doc.bullets([goal.text or self.names[goal.id] for goal in org.business_goals])
        else:
            doc.paragraph(self.missing(), style="Quote")

    def context(self) -> None:
        doc, org, heard = self.doc, self.s.organisation, self.s.listening
        doc.heading(self.tr("brief.context"))
        doc.heading(self.tr("brief.presentation"), 2)
        self.organisation_card()
        doc.heading(self.tr("start.constraints"), 2)
        doc.text_or_missing(org.internal_constraints, self.missing())
        doc.heading(self.tr("brief.existing"), 2)
        self.table(
            [
                self.tr("start.account_platform"),
                self.tr("start.account_address"),
                self.tr("start.account_followers"),
                self.tr("start.account_activity"),
            ],
            [
                [self.platform(a.platform), a.address, self.num(a.followers), self.enum(a.activity)]
                for a in org.accounts
            ],
            self.tr("export.accounts_caption"),
        )
        doc.text_or_missing(org.digital_heritage, self.missing())
        doc.heading(self.tr("brief.environment"), 2)
        self.table(
            [
                self.tr("listen.competitor_name"),
                self.tr("listen.competitor_platforms"),
                self.tr("listen.what_works"),
            ],
            [
                [c.name, ", ".join(self.platform(p) for p in c.platforms), c.what_works]
                for c in heard.competitors
            ],
            self.tr("listen.competitors"),
        )
        if heard.findings:
            doc.heading(self.tr("listen.findings"), 3)
            doc.bullets([finding.text for finding in heard.findings])

    def project(self) -> None:
        doc, org = self.doc, self.s.organisation
        doc.heading(self.tr("brief.project"))
        doc.heading(self.tr("brief.project_organisation"), 2)
        doc.key_values(
            [
                (self.tr("export.author"), self.s.meta.author or "—"),
                (self.tr("engagement.spokespeople"), self.s.engagement.spokespeople or "—"),
                (self.tr("channels.launch_date"), self.day(self.s.channels.launch_date)),
            ]
        )
        doc.heading(self.tr("brief.objectives"), 2)
        self.table(
            [
                self.tr("objectives.statement"),
                self.tr("export.baseline_target"),
                self.tr("objectives.deadline"),
                self.tr("objectives.iab_stage"),
            ],
            [
                [
                    o.statement,
                    f"{self.num(o.baseline)} → {self.num(o.target)} {o.unit}",
                    self.day(o.deadline),
                    self.enum(o.iab_stage),
                ]
                for o in self.s.objectives
            ],
            self.tr("export.objectives_caption"),
        )
        doc.heading(self.tr("brief.targets"), 2)
        self.table(
            [
                self.tr("targets.name"),
                self.tr("targets.priority"),
                self.tr("targets.expectations"),
                self.tr("targets.platforms"),
            ],
            [
                [
                    self.names[p.id],
                    self.enum(p.priority),
                    p.expectations,
                    ", ".join(self.platform(x) for x in p.platforms),
                ]
                for p in self.s.personas
            ],
            self.tr("brief.targets"),
        )
        doc.heading(self.tr("brief.resources"), 2)
        doc.key_values(
            [
                (self.tr("start.hours_per_week"), self.num(org.hours_per_week)),
                (self.tr("start.budget_per_year"), f"{self.num(org.budget_per_year)} {org.currency}"),
                (self.tr("start.buy_in"), self.enum(org.management_buy_in)),
            ]
        )
        doc.heading(self.tr("brief.provider_role"), 2)
        channels = ", ".join(self.platform(p.platform) for p in chosen_plans(self.s)) or "—"
        doc.paragraph(self.tr("brief.provider_role_text", channels=channels))
        doc.heading(self.tr("brief.deliverables"), 2)
        doc.bullets([self.tr(f"brief.deliverable_{number}") for number in range(1, 7)])
        doc.heading(self.tr("brief.timeline"), 2)
        self.table(
            [self.tr("export.when"), self.tr("export.what")],
            [[self.day(a.when), a.what] for a in action_plan(self.s, self.lang)],
            self.tr("brief.timeline"),
        )

    def contract(self) -> None:
        doc = self.doc
        doc.heading(self.tr("brief.contract"))
        doc.heading(self.tr("brief.ownership"), 2)
        doc.paragraph(self.tr("brief.ownership_text"))
        doc.heading(self.tr("brief.confidentiality"), 2)
        doc.paragraph(self.tr("brief.confidentiality_text"))
        doc.heading(self.tr("brief.selection"), 2)
        doc.bullets([self.tr(f"brief.criterion_{number}") for number in range(1, 7)])

    def build(self) -> bytes:
        self.cover(self.tr("brief.title"))
        for part in (self.introduction, self.context, self.project, self.contract):
            part()
        self.doc.page_numbers(self.tr("export.page"))
        return self.doc.to_bytes()


def agency_brief(strategy: Strategy, lang: str, today: date | None = None) -> bytes:
    """The brief for hiring an agency, as a .docx file, in `lang`."""
    return _AgencyBrief(strategy, lang, today or date.today()).build()
