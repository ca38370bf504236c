"""The day report as a PDF on A4: every text whole, the page used.

The PDF is what an organizer prints or mails at closing time, so nothing in it may be cut with
"…": a long activity name or a long header wraps inside its column, a row that no longer fits
goes to the next page (with the header again), and the bar chart follows where there is room.
The screen (balie.ui.report_view) gives the texts; this module only lays them out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

#: dots per inch of the PDF's coordinates (the PDF itself is vector text)
RESOLUTION = 150
#: pixels (at RESOLUTION) between a cell's text and the next column
CELL_GAP = 14
ROW_GAP = 8
WRAP = (Qt.AlignmentFlag.AlignLeft.value | Qt.AlignmentFlag.AlignTop.value
        | Qt.TextFlag.TextWordWrap.value)
WRAP_RIGHT = (Qt.AlignmentFlag.AlignRight.value | Qt.AlignmentFlag.AlignTop.value
              | Qt.TextFlag.TextWordWrap.value)


@dataclass(frozen=True)
class PdfTable:
    """Header and rows of text; ``shares`` of the page width per column (summing to 1);
    ``right`` the columns of amounts and counts, aligned right so they can be added up."""

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    shares: Sequence[float]
    right: frozenset[int] = frozenset()


class _Pages:
    """Paints top to bottom and starts a new page when the next piece does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        self.width = writer.width()
        self.height = writer.height()
        self.y = 0
        self.pages = 1

    def fits_or_new_page(self, needed: int) -> bool:
        """False when a new page was started (a fresh page takes whatever comes)."""
        if self.y > 0 and self.y + needed > self.height:
            self.writer.newPage()
            self.pages += 1
            self.y = 0
            return False
        return True

    def block_height(self, text: str, font: QFont, width: int) -> int:
        self.painter.setFont(font)
        return self.painter.boundingRect(QRect(0, 0, max(width, 1), 1 << 20), WRAP, text).height()

    def paragraph(self, text: str, font: QFont, gap: int = ROW_GAP) -> None:
        height = self.block_height(text, font, self.width)
        self.fits_or_new_page(height)
        self.painter.setFont(font)
        self.painter.drawText(QRect(0, self.y, self.width, height), WRAP, text)
        self.y += height + gap

    def row_height(self, cells: Sequence[str], font: QFont, widths: Sequence[int]) -> int:
        return max(self.block_height(cell, font, w - CELL_GAP)
                   for cell, w in zip(cells, widths, strict=True))

    def row(self, cells: Sequence[str], font: QFont, widths: Sequence[int],
            right: frozenset[int]) -> None:
        """One table row at the current height, each cell wrapped in its column."""
        height = self.row_height(cells, font, widths)
        self.painter.setFont(font)
        x = 0
        for index, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            self.painter.drawText(QRect(x, self.y, w - CELL_GAP, height),
                                  WRAP_RIGHT if index in right else WRAP, cell)
            x += w
        self.y += height + ROW_GAP

    def rule(self) -> None:
        self.painter.drawLine(0, self.y - ROW_GAP // 2, self.width, self.y - ROW_GAP // 2)


def _widest_word(pages: _Pages, texts: Sequence[str], font: QFont) -> int:
    pages.painter.setFont(font)
    metrics = pages.painter.fontMetrics()
    # a line may also break after a hyphen ("Kansentarief-|korting")
    return max((metrics.horizontalAdvance(word) for text in texts
                for word in re.split(r"\s+|(?<=-)", text)), default=0)


def column_widths(pages: _Pages, table: PdfTable, header_font: QFont, font: QFont) -> list[int]:
    """The page width shared as ``table.shares`` asks, but no column narrower than its widest
    word ("Basisprijs", "€ 1.234,50"): a word cannot wrap, it would run into the next column.
    The room a column gets above its share comes from the columns with room to spare."""
    count = len(table.shares)
    least = [max(_widest_word(pages, [table.headers[i]], header_font),
                 _widest_word(pages, [row[i] for row in table.rows], font)) + CELL_GAP
             for i in range(count)]
    total = sum(table.shares)
    widths = [max(int(pages.width * share / total), low)
              for share, low in zip(table.shares, least, strict=True)]
    excess = sum(widths) - pages.width
    spare = [w - low for w, low in zip(widths, least, strict=True)]
    if excess > 0 and sum(spare) > 0:
        cut = min(excess, sum(spare))
        widths = [w - (cut * room + sum(spare) - 1) // sum(spare)
                  for w, room in zip(widths, spare, strict=True)]
    return widths


def write_pdf(path: Path, title: str, table: PdfTable, summary: Sequence[str],
              chart_height: int, paint_chart: Callable[[QPainter, QRect], None]) -> int:
    """Write the report to ``path``; the number of pages written."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    painter = QPainter(writer)
    try:
        pages = _Pages(writer, painter)
        title_font = QFont("Sans", 16, QFont.Weight.Bold)
        normal = QFont("Sans", 10)
        bold = QFont("Sans", 10, QFont.Weight.Bold)
        pages.paragraph(title, title_font, gap=30)
        widths = column_widths(pages, table, bold, normal)
        pages.fits_or_new_page(pages.row_height(table.headers, bold, widths))
        pages.row(table.headers, bold, widths, table.right)
        pages.rule()
        for cells in table.rows:
            if not pages.fits_or_new_page(pages.row_height(cells, normal, widths)):
                pages.row(table.headers, bold, widths, table.right)  # a new page: header again
                pages.rule()
            pages.row(cells, normal, widths, table.right)
        pages.y += 20
        for line in summary:
            pages.paragraph(line, normal)
        pages.y += 30
        pages.fits_or_new_page(chart_height)
        paint_chart(painter, QRect(0, pages.y, pages.width, min(chart_height,
                                                                  pages.height - pages.y)))
        return pages.pages
    finally:
        painter.end()
