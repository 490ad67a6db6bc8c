"""A thin layer over python-docx: Word styles only, fields Word understands, safe text.

Everything is formatted through the template's named styles (Title, Heading 1-3, Caption,
a table style, List Bullet), never direct formatting, so a user restyles the whole document
from Word's style gallery.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from strategy.i18n import format_date

TABLE_STYLE = "Light Grid Accent 1"
KEY_VALUE_STYLE = "Light List Accent 1"
WORD_LANGUAGES = {"fr": "fr-FR", "en": "en-GB"}

# XML 1.0 forbids these characters; Word would refuse the file. They are shown as the
# Unicode "control pictures" (␀, ␇ ...) so the reader sees that something was there.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    def picture(match: re.Match[str]) -> str:
        code = ord(match.group(0))
        return chr(0x2400 + code) if code < 0x20 else "\ufffd"

    return _FORBIDDEN.sub(picture, text.replace("\r\n", "\n").replace("\r", "\n"))


def _field(paragraph, instruction: str, placeholder: str = "") -> None:
    """A complex field (TOC, PAGE...) that Word computes when the document is opened."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run._r.append(begin)
    run = paragraph.add_run()
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = instruction
    run._r.append(code)
    run = paragraph.add_run()
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(separate)
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


class DocWriter:
    """Builds one Word document in one language."""

    def __init__(self, lang: str, title: str, author: str) -> None:
        self.document = Document()
        self.lang = lang
        self.figure_count = 0
        self.table_count = 0
        properties = self.document.core_properties
        properties.title = xml_safe(title)
        properties.author = xml_safe(author)
        properties.language = WORD_LANGUAGES[lang]
        self._set_language()
        self._update_fields_on_open()
        section = self.document.sections[0]
        section.left_margin = section.right_margin = Cm(2.2)

    # --- document-wide settings ------------------------------------------------------------

    def _set_language(self) -> None:
        """The proofing language of every style, so Word spell-checks in the right language."""
        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        language = run_properties.find(qn("w:lang"))
        if language is None:
            language = OxmlElement("w:lang")
            run_properties.append(language)
        language.set(qn("w:val"), WORD_LANGUAGES[self.lang])

    def _update_fields_on_open(self) -> None:
        """Ask Word to fill the table of contents and page numbers when the file opens."""
        settings = self.document.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)

    def page_numbers(self, label: str) -> None:
        for section in self.document.sections:
            paragraph = section.footer.paragraphs[0]
            paragraph.style = self.document.styles["Footer"]
            paragraph.add_run(xml_safe(label) + " ")
            _field(paragraph, "PAGE", "1")

    # --- content ---------------------------------------------------------------------------

    def title(self, text: str, subtitle: str = "") -> None:
        self.document.add_paragraph(xml_safe(text), style="Title")
        if subtitle:
            self.document.add_paragraph(xml_safe(subtitle), style="Subtitle")

    def heading(self, text: str, level: int = 1) -> None:
        self.document.add_heading(xml_safe(text), level=level)

    def paragraph(self, text: str, style: str | None = None) -> None:
        """User text, line breaks kept; never interpreted as markup."""
        paragraph = self.document.add_paragraph(style=style)
        for number, line in enumerate(xml_safe(text).split("\n")):
            if number:
                paragraph.add_run().add_break(WD_BREAK.LINE)
            paragraph.add_run(line)

    def text_or_missing(self, text: str, missing: str) -> None:
        """A field's text, or a visible note that it was not filled (a section never vanishes)."""
        if text and text.strip():
            self.paragraph(text)
        else:
            self.paragraph(missing, style="Quote")

    def labelled(self, label: str, text: str) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.add_run(xml_safe(label) + " ", style="Strong")  # a character style, not bold
        paragraph.add_run(xml_safe(text))

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self.paragraph(item, style="List Bullet")

    def caption(self, kind: str, number: int, text: str) -> None:
        paragraph = self.document.add_paragraph(style="Caption")
        paragraph.add_run(f"{xml_safe(kind)} ")
        _field(paragraph, f"SEQ {kind} \\* ARABIC", str(number))
        paragraph.add_run(f" — {xml_safe(text)}")

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], caption: str = "", *, label: str
    ) -> None:
        """A real Word table in the document's table style, its header row repeated on each page."""
        table = self.document.add_table(rows=1, cols=len(headers))
        table.style = self.document.styles[TABLE_STYLE]
        for cell, header in zip(table.rows[0].cells, headers, strict=True):
            cell.text = xml_safe(header)
        header_properties = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header_properties.append(repeat)
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = xml_safe(value)
        if caption:
            self.table_count += 1
            self.caption(label, self.table_count, caption)

    def key_values(self, pairs: Sequence[tuple[str, str]]) -> None:
        """A two-column table: what, then its value (for a persona, a channel...)."""
        table = self.document.add_table(rows=0, cols=2)
        table.style = self.document.styles[KEY_VALUE_STYLE]
        # The style's "first row" look would make the first pair a header; the first column is.
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if look is None:
            look = OxmlElement("w:tblLook")
            table._tbl.tblPr.append(look)
        look.set(qn("w:firstRow"), "0")
        look.set(qn("w:firstColumn"), "1")
        look.set(qn("w:val"), "0080")
        for key, value in pairs:
            cells = table.add_row().cells
            cells[0].text = xml_safe(key)
            cells[1].text = xml_safe(value)
        self.document.add_paragraph()

    def image(self, png: bytes, caption: str, *, label: str, width_cm: float = 16) -> None:
        self.document.add_picture(io.BytesIO(png), width=Cm(width_cm))
        self.figure_count += 1
        self.caption(label, self.figure_count, caption)

    def table_of_contents(self, heading: str, placeholder: str) -> None:
        self.document.add_paragraph(xml_safe(heading), style="TOC Heading")
        _field(self.document.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', xml_safe(placeholder))

    def page_break(self) -> None:
        self.document.add_page_break()

    def new_section(self) -> None:
        self.document.add_section(WD_SECTION.NEW_PAGE)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def format_day(day: date | None, lang: str) -> str:
    return format_date(day, lang) if day else "—"


def number(value: float | None, lang: str) -> str:
    """A number as people write it in the language: 1 234,5 in French, 1,234.5 in English."""
    if value is None:
        return "—"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return text.replace(",", "\u202f").replace(".", ",") if lang == "fr" else text
