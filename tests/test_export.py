"""The Word documents, opened with python-docx: structure, content, styles, language, hostile text."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from docx import Document
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategy.examples import load_example
from strategy.export.brief import agency_brief
from strategy.export.document import strategy_document
from strategy.export.writer import xml_safe
from strategy.i18n import LANGUAGES, t
from strategy.model import Strategy
from tests.factories import HOSTILE_TEXTS

TODAY = date(2026, 11, 22)
ALLOWED_STYLES = {
    "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Normal", "Caption", "List Bullet",
    "Quote", "TOC Heading", "Footer",
}  # fmt: skip


def open_docx(data: bytes):
    return Document(io.BytesIO(data))


def headings(document, level: int = 1) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def table_cells(document) -> set[str]:
    return {cell.text for table in document.tables for row in table.rows for cell in row.cells}


@pytest.fixture(scope="module", params=LANGUAGES)
def example(request):
    lang = request.param
    strategy = load_example("association", lang, TODAY)
    return lang, strategy, open_docx(strategy_document(strategy, lang, TODAY))


def test_chapters_follow_the_wizard(example):
    lang, _, document = example
    expected = [
        t("export.summary", lang),
        t("steps.start.title", lang) + " — " + t("start.organisation", lang),
        *(
            t(f"steps.{key}.title", lang)
            for key in ("listen", "swot", "objectives", "targets", "channels", "engagement", "measurement")
        ),
        t("export.action_plan", lang),
        t("export.appendix_charter", lang),
        t("export.appendix_policy", lang),
        t("export.appendix_coach", lang),
    ]
    assert headings(document) == expected


def test_cover_toc_and_page_numbers(example):
    _, strategy, document = example
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[1].text == strategy.organisation.name
    body = document.element.body.xml
    assert 'TOC \\o "1-3"' in body, "a real Word table-of-contents field"
    footer = document.sections[0].footer._element.xml
    assert "PAGE" in footer
    assert document.settings.element.find(qn("w:updateFields")) is not None


def test_tables_carry_the_models_values(example):
    _, strategy, document = example
    cells = table_cells(document)
    for account in strategy.organisation.accounts:
        assert account.address in cells
    for kpi in strategy.measurement.kpis:
        assert kpi.name in cells and kpi.source in cells
    for persona in strategy.personas:
        assert persona.expectations in cells
    for rule in strategy.engagement.response_matrix:
        assert rule.action in cells
    assert any(strategy.objectives[0].statement == cell for cell in cells)
    swot = [c for c in cells if strategy.swot.items[0].text in c]
    assert swot and all(f"• {item.text}" in "\n".join(cells) for item in strategy.swot.items)


def test_charts_are_images_in_the_document(example):
    _, _, document = example
    assert len(document.inline_shapes) == 3  # channel matrix, workload, KPI timeline
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert sum(1 for c in captions if c.startswith(("Figure", "Figure "))) == 3


def test_only_named_styles_and_the_chosen_language(example):
    lang, _, document = example
    assert {p.style.name for p in document.paragraphs} <= ALLOWED_STYLES
    assert all(run.bold is None and run.italic is None for p in document.paragraphs for run in p.runs)
    language = (
        document.styles.element.find(qn("w:docDefaults"))
        .find(qn("w:rPrDefault"))
        .find(qn("w:rPr"))
        .find(qn("w:lang"))
    )
    assert language.get(qn("w:val")) == {"fr": "fr-FR", "en": "en-GB"}[lang]
    assert document.core_properties.language == {"fr": "fr-FR", "en": "en-GB"}[lang]


def test_dates_are_written_in_the_documents_language():
    strategy = load_example("bakery", "fr", TODAY)
    text = all_text(open_docx(strategy_document(strategy, "fr", TODAY)))
    assert "22 novembre 2026" in text
    text = all_text(open_docx(strategy_document(load_example("bakery", "en", TODAY), "en", TODAY)))
    assert "22 November 2026" in text


def test_the_appendices_hold_the_publishable_texts(example):
    _, strategy, document = example
    text = all_text(document)
    assert strategy.engagement.moderation_charter in text
    assert strategy.engagement.staff_policy in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_empty_strategy_exports_with_every_section_saying_so(lang):
    document = open_docx(strategy_document(Strategy(), lang, TODAY))
    assert len(headings(document)) == 13, "no chapter vanishes"
    assert all_text(document).count(t("export.not_filled", lang)) >= 20
    brief = open_docx(agency_brief(Strategy(), lang, TODAY))
    assert headings(brief) == [
        t(f"brief.{key}", lang) for key in ("introduction", "context", "project", "contract")
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_agency_brief_follows_the_outline(lang):
    strategy = load_example("library", lang, TODAY)
    document = open_docx(agency_brief(strategy, lang, TODAY))
    assert headings(document) == [
        t(f"brief.{key}", lang) for key in ("introduction", "context", "project", "contract")
    ]
    expected = [
        t(f"brief.{key}", lang)
        for key in (
            "initial_need",
            "presentation",
            "existing",
            "environment",
            "project_organisation",
            "objectives",
            "targets",
            "resources",
            "provider_role",
            "deliverables",
            "timeline",
            "ownership",
            "confidentiality",
            "selection",
        )
    ]
    assert [h for h in headings(document, 2) if h in expected] == expected
    assert headings(document, 2)[2] == t("start.constraints", lang)
    cells = table_cells(document)
    assert strategy.objectives[0].statement in cells and strategy.organisation.accounts[0].address in cells
    assert strategy.organisation.name in all_text(document)


def test_hostile_text_exports_and_stays_readable():
    strategy = load_example("bakery", "en", TODAY)
    strategy.organisation.name = HOSTILE_TEXTS[0]
    strategy.organisation.mission = "x" * 100_000
    strategy.engagement.moderation_charter = "\n".join(HOSTILE_TEXTS)
    strategy.objectives[0].statement = HOSTILE_TEXTS[2]
    strategy.personas[0].name = HOSTILE_TEXTS[4]
    for lang in LANGUAGES:
        document = open_docx(strategy_document(strategy, lang, TODAY))
        text = all_text(document)
        assert HOSTILE_TEXTS[0] in text, "HTML is plain text"
        assert "x" * 100_000 in text
        assert xml_safe(HOSTILE_TEXTS[2]) in text and "␀" in xml_safe(HOSTILE_TEXTS[2])
        assert HOSTILE_TEXTS[4] in text and HOSTILE_TEXTS[3] in text
        assert HOSTILE_TEXTS[0] in all_text(open_docx(agency_brief(strategy, lang, TODAY)))


def test_xml_safe_keeps_text_and_shows_what_it_replaced():
    assert xml_safe("a\tb\nc") == "a\tb\nc"
    assert xml_safe("a\x00b\x1fc\ufffe") == "a␀b␟c\ufffd"
    assert xml_safe("line\r\nnext\rlast") == "line\nnext\nlast"


hostile_text = st.text(
    alphabet=st.characters(
        codec="utf-16", exclude_categories=()
    ),  # every character a browser can send, and more
    max_size=300,
)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(LANGUAGES),
    texts=st.lists(hostile_text, min_size=8, max_size=8),
    numbers=st.lists(st.one_of(st.none(), st.floats(min_value=0, max_value=168)), min_size=3, max_size=3),
)
def test_every_export_succeeds_whatever_was_typed(lang, texts, numbers):
    strategy = Strategy.model_validate(
        {
            "meta": {"title": texts[0], "author": texts[1]},
            "organisation": {
                "name": texts[2],
                "mission": texts[3],
                "hours_per_week": numbers[0],
                "budget_per_year": numbers[1],
            },
            "objectives": [{"statement": texts[4], "target": numbers[2], "unit": texts[5]}],
            "personas": [{"name": texts[6]}],
            "swot": {"items": [{"quadrant": "threat", "text": texts[7]}]},
            "engagement": {"moderation_charter": texts[3]},
            "measurement": {"kpis": [{"name": texts[5], "target": numbers[2], "deadline": "2027-01-01"}]},
        }
    )
    for build in (strategy_document, agency_brief):
        document = open_docx(build(strategy, lang, TODAY))
        text = all_text(document)
        assert xml_safe(strategy.organisation.name) in text
        assert re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text) is None
