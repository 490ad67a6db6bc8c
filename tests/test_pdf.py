"""The exported documents as a reader sees them: converted by LibreOffice, read back with poppler.

Needs LibreOffice (soffice) and poppler-utils; skipped with the reason when they are missing,
except under CI, which installs them, where their absence is a failure. Writes the picture of
two pages that the README shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from strategy.examples import load_example
from strategy.export.brief import agency_brief
from strategy.export.document import strategy_document
from strategy.i18n import t

TOOLS = ("soffice", "pdftotext", "pdfinfo", "pdftoppm")
PICTURE = Path(__file__).parent.parent / "docs" / "screenshots" / "document-pages.png"


@pytest.fixture(scope="module")
def tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        reason = f"missing {', '.join(missing)} (apt-get install libreoffice-writer-nogui poppler-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " — required under CI")
        pytest.skip(reason)


def to_pdf(docx: bytes, folder: Path, name: str) -> Path:
    source = folder / f"{name}.docx"
    source.write_bytes(docx)
    profile = folder / "lo-profile"  # a private profile: parallel runs and a user's LibreOffice never clash
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = folder / f"{name}.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 10_000, "soffice exits 0 even when it fails: check the PDF"
    return pdf


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def text(pdf: Path, page: int | None = None) -> str:
    command = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(pdf), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def test_the_strategy_document_reads_as_a_pdf(tools, tmp_path):
    strategy = load_example("association", "fr", date(2026, 11, 22))
    pdf = to_pdf(strategy_document(strategy, "fr", date(2026, 11, 22)), tmp_path, "strategie")
    assert 12 <= pages(pdf) <= 40
    content = " ".join(text(pdf).split())
    for expected in (
        strategy.organisation.name,
        t("export.summary", "fr"),
        t("steps.channels.title", "fr"),
        t("export.appendix_charter", "fr"),
        "22 novembre 2026",
        strategy.objectives[0].statement,
    ):
        assert " ".join(expected.split()) in content, expected
    first = " ".join(text(pdf, 1).split())
    assert strategy.organisation.name in first and t("export.default_title", "fr") in first, "the cover"
    _picture_of_two_pages(pdf, tmp_path, content_page=_page_with(pdf, t("charts.matrix_title", "fr")))


def test_the_agency_brief_reads_as_a_pdf(tools, tmp_path):
    strategy = load_example("bakery", "en", date(2026, 11, 22))
    pdf = to_pdf(agency_brief(strategy, "en", date(2026, 11, 22)), tmp_path, "brief")
    assert 4 <= pages(pdf) <= 15
    content = " ".join(text(pdf).split())
    for key in ("context", "project", "ownership", "selection", "criterion_6"):
        assert t(f"brief.{key}", "en") in content, key


def _page_with(pdf: Path, needle: str) -> int:
    for page in range(1, pages(pdf) + 1):
        if needle in " ".join(text(pdf, page).split()):
            return page
    raise AssertionError(f"{needle!r} on no page")


def _picture_of_two_pages(pdf: Path, folder: Path, content_page: int) -> None:
    """The summary page and the channels page side by side, for the README."""
    from PIL import Image

    images = []
    for page in (3, content_page):
        stem = folder / f"page{page}"
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "60",
                "-png",
                "-singlefile",
                "-f",
                str(page),
                "-l",
                str(page),
                str(pdf),
                str(stem),
            ],
            check=True,
        )
        images.append(Image.open(f"{stem}.png").convert("RGB"))
    width, height = images[0].size
    sheet = Image.new("RGB", (width * 2 + 30, height + 20), "#d0d0d0")
    for index, image in enumerate(images):
        sheet.paste(image, (10 + index * (width + 10), 10))
    PICTURE.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(PICTURE)
