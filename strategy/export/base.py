"""What both exported documents share: the language, number and date formats, the cover."""

from __future__ import annotations

from datetime import date

from strategy.catalogue import catalogue
from strategy.describe import captions
from strategy.export.writer import DocWriter, format_day, number
from strategy.i18n import label, t
from strategy.model import Strategy


class Builder:
    """Writes one document about one strategy, in one language."""

    def __init__(self, strategy: Strategy, lang: str, today: date) -> None:
        self.s = strategy
        self.lang = lang
        self.today = today
        self.names = captions(strategy, lang)
        self.platform = catalogue().name
        self.doc = DocWriter(
            lang, strategy.meta.title or t("export.default_title", lang), strategy.meta.author
        )

    def tr(self, key: str, **params: object) -> str:
        return t(key, self.lang, **params)

    def missing(self) -> str:
        return self.tr("export.not_filled")

    def enum(self, value) -> str:
        return label(value, self.lang) if value is not None else "—"

    def num(self, value: float | None) -> str:
        return number(value, self.lang)

    def day(self, value: date | None) -> str:
        return format_day(value, self.lang)

    def table(self, headers: list[str], rows: list[list[str]], caption: str) -> None:
        """A captioned table, or a note that this part was not filled."""
        if rows:
            self.doc.table(headers, rows, caption, label=self.tr("export.table"))
        else:
            self.doc.paragraph(self.missing(), style="Quote")

    def cover(self, title: str) -> None:
        """Title page (organisation, title, date, author), then the table of contents."""
        org = self.s.organisation
        self.doc.title(title, org.name or self.tr("common.unnamed"))
        self.doc.labelled(self.tr("export.date"), self.day(self.today))
        if self.s.meta.author:
            self.doc.labelled(self.tr("export.author"), self.s.meta.author)
        if org.kind:
            self.doc.labelled(self.tr("start.kind"), self.enum(org.kind))
        self.doc.page_break()
        self.doc.table_of_contents(self.tr("export.contents"), self.tr("export.contents_placeholder"))
        self.doc.page_break()

    def organisation_card(self) -> None:
        """Who the organisation is: name, kind, sector, mission, values."""
        org = self.s.organisation
        self.doc.key_values(
            [
                (self.tr("start.name"), org.name or "—"),
                (self.tr("start.kind"), self.enum(org.kind)),
                (self.tr("start.sector"), org.sector or "—"),
                (self.tr("start.mission"), org.mission or "—"),
                (self.tr("start.values"), org.values or "—"),
            ]
        )
