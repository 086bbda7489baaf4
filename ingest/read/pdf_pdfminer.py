"""pdfminer.six: PDF bytes -> one text per page, bold runs kept as **markup**.

pdfminer interprets each page into characters with their boxes; `ingest.read.pdf_layout.group_chars` groups
them into text lines by pdfminer's own rules, without pdfminer's layout analysis: the text boxes and the
reading order that analysis builds are not needed, because `ingest.read.pdf_layout` orders the lines by
position. The lines are the same; a page is read about a fifth faster. Content streams are read by
`ingest.read.pdf_content.FastInterpreter`: pdfminer's interpreter with a faster lexer, the same objects.
"""

from __future__ import annotations

import io
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from ingest.read.errors import UnreadableReport
from ingest.read.pdf_layout import Char, is_bold_font, page_layout, pages_from_layouts


def _char_device(resources):  # noqa: ANN001, ANN202 - pdfminer objects, class defined on first use
    """A pdfminer page aggregator that keeps only the page's own characters, as (box, text, bold) tuples
    (its `result` holds the page's own paths: lines, rectangles and curves).

    It computes each character's box as `LTChar` does (the font's descent, rise and advance through the
    text matrix) without building the object; characters inside form XObjects (pdfminer's figures) are
    left out as pdfminer's layout analysis leaves them out of text lines; vertical writing is built by
    `LTChar` itself.
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.pdffont import PDFUnicodeNotDefined

    class CharDevice(PDFPageAggregator):
        def __init__(self) -> None:
            super().__init__(resources, laparams=None)  # no layout analysis
            self.chars: list[Char] = []
            self.bold_fonts: dict[str, bool] = {}
            self.fonts: dict[object, tuple[dict[int, tuple[str, float]], float, bool]] = {}

        def bold(self, fontname: str) -> bool:
            bold = self.bold_fonts.get(fontname)
            if bold is None:
                bold = self.bold_fonts[fontname] = is_bold_font(fontname)
            return bold

        def glyphs(self, font):  # noqa: ANN001, ANN202 - a pdfminer font
            """The font's cache of (text, width) by character id, with its descent per unit of size and boldness
            (a page draws the same few characters again and again; the font's answers do not change)."""
            glyphs = self.fonts.get(font)
            if glyphs is None:
                glyphs = self.fonts[font] = ({}, font.get_descent(), self.bold(font.fontname))
            return glyphs

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):  # noqa: ANN001, ANN202, PLR0913
            glyphs, descent, bold = self.glyphs(font)
            glyph = glyphs.get(cid)
            if glyph is None:
                try:
                    text = font.to_unichr(cid)
                except PDFUnicodeNotDefined:
                    text = self.handle_undefined_char(font, cid)
                glyph = glyphs[cid] = (text, font.char_width(cid))
            text, width = glyph
            adv = width * fontsize * scaling
            if self._stack:  # inside a figure
                return adv
            if font.is_vertical():
                item = LTChar(
                    matrix, font, fontsize, scaling, rise, text, width, font.char_disp(cid), ncs, graphicstate
                )
                self.chars.append((item.x0, item.y0, item.x1, item.y1, text, self.bold(item.fontname)))
                return item.adv
            # `apply_matrix_rect(matrix, (0, bottom, adv, top))` written out, the same arithmetic in the same order
            a, b, c, d, e, f = matrix
            bottom = descent * fontsize + rise
            top = bottom + fontsize
            x = (a * 0 + c * bottom + e, a * adv + c * bottom + e, a * adv + c * top + e, a * 0 + c * top + e)
            y = (b * 0 + d * bottom + f, b * adv + d * bottom + f, b * adv + d * top + f, b * 0 + d * top + f)
            self.chars.append(
                (min(x[0], x[3], x[1], x[2]), min(y), max(x[0], x[3], x[1], x[2]), max(y), text, bold)
            )
            return adv

    return CharDevice()


def _document(data: bytes):  # noqa: ANN202 - pdfminer's PDFDocument, class defined on first use
    """pdfminer's document of a PDF's bytes, safe from reference cycles.

    An object that is only a reference to another (`5 0 obj 6 0 R endobj`) is followed here to the end of
    its chain; a chain that comes back on itself (`5 0 obj 5 0 R endobj`, or 5 -> 6 -> 5) is read as a
    missing object, which PDF reads as null, instead of pdfminer's `resolve1` following it for ever (it
    loops while its result is a reference, and the reader's time limit was all that stopped it).
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfexceptions import PDFObjectNotFound
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFObjRef

    class Document(PDFDocument):
        def getobj(self, objid: int) -> object:
            obj, seen = super().getobj(objid), {objid}
            while isinstance(obj, PDFObjRef):
                if obj.objid in seen:
                    raise PDFObjectNotFound(objid)
                seen.add(obj.objid)
                obj = super().getobj(obj.objid)
            return obj

    return Document(PDFParser(io.BytesIO(data)), caching=True)


def font_descents(data: bytes) -> dict[str, float | None]:
    """The descent pdfminer gives each font of a PDF's pages, per unit of font size, by the font's name
    without a subset tag (`ABCDEF+`); None for a name whose fonts have different descents. Empty for a PDF
    pdfminer cannot read.

    pdfminer takes a font's descent from its font descriptor (`/Descent`, negated when positive, 0 when
    missing), from the Adobe metrics it ships for a standard font's name, or from a Type3 font's
    `/FontBBox`: without reading the font programs or the text (`PDFResourceManager.get_font`'s rules).
    """
    from pdfminer.pdfpage import PDFPage

    descents: dict[str, float | None] = {}
    seen: set[object] = set()
    try:
        with _quiet_debug():
            for page in PDFPage.create_pages(_document(data)):
                fonts = _resolved((page.resources or {}).get("Font"))
                for ref in fonts.values() if isinstance(fonts, dict) else ():
                    key = getattr(ref, "objid", None) or id(ref)  # a font shared by pages is read once
                    if key in seen:
                        continue
                    seen.add(key)
                    for name, descent in _font_descent(_resolved(ref)):
                        font = base_font_name(name)
                        descents[font] = descent if descents.get(font, descent) == descent else None
    except MemoryError:
        raise  # the reader's memory limit (`ingest.read.budget`), not a damaged file
    except Exception:  # noqa: BLE001 - pdfminer raises many internal types on damaged files
        return {}
    return descents


def base_font_name(name: str) -> str:
    """A font's name without the subset tag of an embedded subset (`ABCDEF+Arial` -> `Arial`)."""
    return name.split("+", 1)[1] if name[6:7] == "+" else name


def _resolved(obj: object) -> object:
    from pdfminer.pdftypes import resolve1

    return resolve1(obj)


def _font_descent(spec: object) -> list[tuple[str, float]]:
    """(BaseFont name, descent per unit of font size) of a font dictionary as pdfminer reads it; a Type0
    font's descent is its descendant font's, under both fonts' names."""
    from pdfminer.fontmetrics import FONT_METRICS
    from pdfminer.psparser import literal_name
    from pdfminer.utils import apply_matrix_norm

    if not isinstance(spec, dict):
        return []
    name = literal_name(_resolved(spec.get("BaseFont", "unknown")))
    subtype = literal_name(_resolved(spec.get("Subtype", "Type1")))
    if subtype == "Type0":
        descendants = _resolved(spec.get("DescendantFonts"))
        descendant = _resolved(descendants[0]) if isinstance(descendants, list) and descendants else {}
        own = _font_descent(descendant)
        return [(name, d) for _, d in own] + own
    if subtype == "Type3":
        bbox, matrix = _resolved(spec.get("FontBBox")), _resolved(spec.get("FontMatrix"))
        vscale = apply_matrix_norm(tuple(map(_resolved, matrix)), (1, 1))[1]
        return [(name, _resolved(bbox[1]) * vscale)]
    if subtype not in ("CIDFontType0", "CIDFontType2") and name in FONT_METRICS:
        descriptor = FONT_METRICS[name][0]
    else:
        descriptor = _resolved(spec.get("FontDescriptor", {}))
    descent = _resolved(descriptor.get("Descent", 0)) if isinstance(descriptor, dict) else 0
    return [(name, -abs(descent) / 1000)]


class _NoDebug:
    """A pdfminer module logger whose `debug` does nothing (it is called for every token read)."""

    def __init__(self, logger: logging.Logger) -> None:
        self._logger = logger

    def debug(self, *args: object, **kwargs: object) -> None:
        pass

    def __getattr__(self, name: str) -> object:
        return getattr(self._logger, name)


@contextmanager
def _quiet_debug() -> Iterator[None]:
    """Skip pdfminer's per-token `log.debug` calls (a few percent of its time) unless debug logging is on."""
    swapped = []
    if not logging.getLogger("pdfminer").isEnabledFor(logging.DEBUG):
        for name, module in list(sys.modules.items()):
            logger = getattr(module, "log", None) if name.startswith("pdfminer.") else None
            if isinstance(logger, logging.Logger):
                swapped.append((module, logger))
                module.log = _NoDebug(logger)
    try:
        yield
    finally:
        for module, logger in swapped:
            module.log = logger


def extract_pdf_pages(data: bytes, max_pages: int = 400, max_seconds: float = 120.0) -> list[str]:
    """Extract the text of every page of a PDF.

    Args:
        data: the PDF's bytes.
        max_pages: a longer PDF is refused rather than read.
        max_seconds: extraction taking longer than this is abandoned (checked between pages).

    Returns:
        One string per page, in page order.

    Raises:
        UnreadableReport: encrypted, broken, too long, or without usable text (scanned/image-only, `(cid:NN)`).
    """
    from pdfminer.layout import LTCurve
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.psexceptions import PSException

    from ingest.read.pdf_content import FastInterpreter

    started = time.monotonic()
    layouts: list = []
    resources = PDFResourceManager(caching=True)
    device = _char_device(resources)
    interpreter = FastInterpreter(resources, device)  # pdfminer's, with a faster content-stream lexer
    try:
        with _quiet_debug():
            for page in PDFPage.create_pages(_document(data)):
                if len(layouts) >= max_pages:
                    raise UnreadableReport(f"more than {max_pages} pages")
                if time.monotonic() - started > max_seconds:
                    raise UnreadableReport(f"extraction took longer than {max_seconds:g} s")
                device.chars = []
                interpreter.process_page(page)
                boxes = [item.bbox for item in device.result if isinstance(item, LTCurve)]
                layouts.append(page_layout(device.chars, boxes))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise UnreadableReport(f"encrypted PDF ({type(exc).__name__})") from exc
    except PSException as exc:
        raise UnreadableReport(f"broken PDF ({type(exc).__name__}: {exc})") from exc
    except (UnreadableReport, MemoryError):  # MemoryError: the reader's limit (`ingest.read.budget`)
        raise
    except Exception as exc:  # pdfminer raises many internal types on damaged files
        raise UnreadableReport(f"broken PDF ({type(exc).__name__}: {exc})") from exc
    return pages_from_layouts(layouts)
