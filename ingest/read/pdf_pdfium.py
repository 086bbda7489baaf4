"""pypdfium2 (PDFium): PDF bytes -> one text per page, the same texts as the pdfminer.six engine, faster.

PDFium gives every character of a page with its box; this module groups them into text lines and words the
way pdfminer's layout analysis does with its default `LAParams` (consecutive characters on one line when
they overlap vertically by half a height and lie within two character widths; a space where two characters
are more than a tenth of a character apart), splits table cells at `CELL_GAP`, marks bold runs and hands the
segments to the engine-independent `ingest.read.pdf_layout`. pypdfium2 is an optional dependency (extra `fast`).
Like the pdfminer engine it reads no text from inside form XObjects (pdfminer's figures).

Known differences, all rare: PDFium keeps glyph widths in whole thousandths of the font size, so where a
font's /Widths are fractional (TeX) a gap on the edge of `WORD_MARGIN` may get a space the other engine does
not give (or the reverse); PDFium orders text objects drawn over each other on one line by position (TeX's
(c) symbol comes out as circle then letter); glyphs without unicode are detected per text object.

PDFium is not thread-safe: calls into it are serialised by a lock (processes run in parallel freely).
"""

from __future__ import annotations

import ctypes
import struct
import threading
import time
from collections import deque
from collections.abc import Iterator
from itertools import repeat

from ingest.read.errors import UnreadableReport
from ingest.read.pdf_layout import Char, is_bold_font, page_layout, pages_from_layouts

BOLD_WEIGHT = 600  # font weight read as bold when the font has no name
_GENERATED = frozenset(" \r\n")  # the characters PDFium inserts where the content has none
_HYPHEN_MARKS = frozenset("\x02\ufffe")  # what PDFium puts in place of a hyphen that ends a line
_BOX = struct.Struct("4f")  # FS_RECTF as PDFium writes it: left, top, right, bottom
# pdfminer reads an unembedded font of these names with the Adobe metrics it ships, whatever the PDF says
# (pdfminer.fontmetrics.FONT_METRICS: descent per 1000 units of font size; none for the symbol fonts).
STANDARD_DESCENTS = {
    **dict.fromkeys(["Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique"], -194),
    **dict.fromkeys(["Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique"], -207),
    **dict.fromkeys(["Times-Roman", "Times-Bold", "Times-BoldItalic", "Times-Italic"], -217),
    **dict.fromkeys(["Arial", "Arial,Italic", "Arial,Bold", "Arial,BoldItalic"], -207),
    **dict.fromkeys(["CourierNew", "CourierNew,Italic", "CourierNew,Bold", "CourierNew,BoldItalic"], -194),
    **dict.fromkeys(
        ["TimesNewRoman", "TimesNewRoman,Italic", "TimesNewRoman,Bold", "TimesNewRoman,BoldItalic"], -217
    ),
    "Symbol": 0,
    "ZapfDingbats": 0,
}
_LOCK = threading.Lock()
_API: _Api | None = None

Box = tuple[float, float, float, float]


class _Api:
    """The few PDFium functions of the per-character loop, bound with untyped pointer arguments.

    pypdfium2's bindings type-check pointer arguments and wrap returned pointers in objects; prototypes
    taking and returning plain addresses are about a third cheaper per call, which is most of the cost here.
    """

    def __init__(self, raw) -> None:  # noqa: ANN001 - the pypdfium2.raw module
        vp, c_int = ctypes.c_void_p, ctypes.c_int

        def bind(function, restype, *argtypes):  # noqa: ANN001, ANN202
            address = ctypes.cast(function, vp).value
            return ctypes.CFUNCTYPE(restype, *argtypes)(address)

        self.raw = raw
        self.count = bind(raw.FPDFText_CountChars, c_int, vp)
        self.unicode = bind(raw.FPDFText_GetUnicode, ctypes.c_uint, vp, c_int)
        self.is_generated = bind(raw.FPDFText_IsGenerated, c_int, vp, c_int)
        self.is_hyphen = bind(raw.FPDFText_IsHyphen, c_int, vp, c_int)
        self.unmapped = bind(raw.FPDFText_HasUnicodeMapError, c_int, vp, c_int)
        self.loose_box = bind(raw.FPDFText_GetLooseCharBox, c_int, vp, c_int, vp)
        self.text_object = bind(raw.FPDFText_GetTextObject, vp, vp, c_int)
        self.text = bind(raw.FPDFText_GetText, c_int, vp, c_int, c_int, vp)
        self.font = bind(raw.FPDFTextObj_GetFont, vp, vp)
        self.font_name = bind(raw.FPDFFont_GetBaseFontName, ctypes.c_size_t, vp, vp, ctypes.c_size_t)
        self.font_weight = bind(raw.FPDFFont_GetWeight, c_int, vp)
        self.count_objects = bind(raw.FPDFPage_CountObjects, c_int, vp)
        self.page_object = bind(raw.FPDFPage_GetObject, vp, vp, c_int)
        self.embedded = bind(raw.FPDFFont_GetIsEmbedded, c_int, vp)
        self.ascent = bind(raw.FPDFFont_GetAscent, c_int, vp, ctypes.c_float, vp)
        self.descent = bind(raw.FPDFFont_GetDescent, c_int, vp, ctypes.c_float, vp)


def _api() -> _Api:
    """The PDFium functions, bound on first use (importing pypdfium2 costs time the pdfminer engine's users
    should not pay)."""
    global _API
    if _API is None:
        import pypdfium2.raw as raw  # initialises the PDFium library on first import

        _API = _Api(raw)
    return _API


def _open_error(code: int, raw) -> UnreadableReport:  # noqa: ANN001 - the pypdfium2.raw module
    """The quarantine reason for a document PDFium could not open, by its error code."""
    reasons = {
        raw.FPDF_ERR_PASSWORD: "password required",
        raw.FPDF_ERR_SECURITY: "unsupported security handler",
        raw.FPDF_ERR_FILE: "file could not be read",
        raw.FPDF_ERR_FORMAT: "not a PDF or damaged beyond repair",
        raw.FPDF_ERR_PAGE: "page not found or content error",
    }
    reason = f"PDFium: {reasons.get(code, f'error {code}')}"
    if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
        return UnreadableReport(f"encrypted PDF ({reason})")
    return UnreadableReport(f"broken PDF ({reason})")


def _font_name(api: _Api, font: int) -> str:
    """A font's base name as PDFium gives it (without a subset tag such as `ABCDEF+`)."""
    buffer = ctypes.create_string_buffer(256)
    length = api.font_name(font, buffer, len(buffer))
    if length > len(buffer):
        buffer = ctypes.create_string_buffer(length)
        api.font_name(font, buffer, length)
    return buffer.value.decode("utf-8", "replace")


def _font_facts(api: _Api, font: int | None) -> tuple[bool, float, float]:
    """What the character loop needs of a font: whether it is bold, and how to turn PDFium's loose character
    box into pdfminer's (`size = height * scale`, bottom moved up by `shift * size`, top = bottom + size).

    PDFium's loose box spans the font's ascent to descent; pdfminer's spans the font size from the descent,
    taking the descent from the font descriptor, or from the Adobe metrics for an unembedded standard font.
    Bold goes by the font's name like the pdfminer engine, by weight only for a font without a name.
    """
    if not font:
        return False, 1.0, 0.0
    name = _font_name(api, font)
    bold = is_bold_font(name) if name else api.font_weight(font) >= BOLD_WEIGHT
    ascent, descent = ctypes.c_float(), ctypes.c_float()
    if not (api.ascent(font, 1.0, ctypes.byref(ascent)) and api.descent(font, 1.0, ctypes.byref(descent))):
        return bold, 1.0, 0.0
    span = ascent.value - descent.value
    if span <= 0:
        return bold, 1.0, 0.0  # PDFium falls back to the tight glyph box
    pdfminer_descent = -abs(descent.value)
    if name in STANDARD_DESCENTS and not api.embedded(font):
        pdfminer_descent = STANDARD_DESCENTS[name] / 1000
    return bold, 1.0 / span, pdfminer_descent - descent.value


def _page_chars(api: _Api, textpage: int, count: int) -> str:
    """The unicode of every character of a text page, one per character index: in one call where PDFium's
    text lines up with the indexes (no characters it keeps out of its text, none outside the BMP)."""
    if count <= 0:
        return ""
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    if api.text(textpage, 0, count, ctypes.addressof(buffer)) == count + 1:
        text = buffer.raw[: 2 * count].decode("utf-16-le", "replace")
        if len(text) == count:
            return text
    return "".join(chr(api.unicode(textpage, i)) for i in range(count))


def _rotate(box: Box, rotation: int) -> Box:
    """A character box in the coordinates of the page as displayed (pdfminer applies /Rotate the same way),
    up to a shift that the layout does not depend on; `rotation` is in clockwise quarter turns."""
    x0, y0, x1, y1 = box
    if rotation == 1:
        return y0, -x1, y1, -x0
    if rotation == 2:
        return -x1, -y1, -x0, -y0
    return -y1, x0, -y0, x1


def _characters(api: _Api, page: int, textpage: int, rotation: int) -> Iterator[Char]:
    """The page's characters in PDFium's order (the content stream's) with the boxes pdfminer gives them,
    for `ingest.read.pdf_layout.group_chars`.

    Spaces and line breaks PDFium generates are skipped (pdfminer's word rule decides where spaces go), and
    so is text inside form XObjects, which pdfminer puts in figures rather than text lines
    (`LAParams.all_texts` is off); font and unicode mapping are looked up once per text object.
    """
    count = max(api.count(textpage), 0)  # -1 when PDFium fails
    text = _page_chars(api, textpage, count)
    fonts: dict[int | None, tuple[bool, float, float]] = {}  # per page: PDFium may free a font between pages
    unmapped, is_hyphen, is_generated = api.unmapped, api.is_hyphen, api.is_generated
    # every character's text object and loose box up front: `map` keeps the calls in C between them
    indexes = range(count)
    objects = list(map(api.text_object, repeat(textpage, count), indexes))
    boxes = (ctypes.c_float * (4 * count))()  # FS_RECTF per character: left, top, right, bottom
    base = ctypes.addressof(boxes)
    deque(map(api.loose_box, repeat(textpage, count), indexes, range(base, base + 16 * count, 16)), maxlen=0)
    floats = iter(boxes[:])
    # a text object that is not one of the page's own objects is inside a form XObject
    own = api.count_objects(page)
    skip = set(objects).difference(map(api.page_object, repeat(page, own), range(own)))

    obj = None
    bold = skipped = False
    no_unicode: bool | None = None
    scale, shift = 1.0, 0.0
    for i, (char, new_obj, (x0, y1, x1, y0)) in enumerate(
        zip(text, objects, zip(floats, floats, floats, floats, strict=True), strict=True)
    ):
        if not new_obj:
            continue  # a line break PDFium generates
        if new_obj != obj:
            obj = new_obj
            skipped = obj in skip
            font = api.font(obj)
            facts = fonts.get(font)
            if facts is None:
                facts = fonts[font] = _font_facts(api, font)
            bold, scale, shift = facts
            no_unicode = None  # known from the object's first glyph
        if skipped:
            continue
        if char in _GENERATED and (x0 == x1 or y0 == y1) and is_generated(textpage, i):
            continue  # a space PDFium generates for a gap (its box is a point): pdfminer's rule decides here
        if no_unicode is None:
            no_unicode = bool(unmapped(textpage, i))
        if no_unicode:
            char = f"(cid:{ord(char)})"  # what pdfminer shows for a glyph without a unicode mapping
        elif char in _HYPHEN_MARKS and is_hyphen(textpage, i):
            char = "-"  # PDFium's mark for a hyphen ending a line; pdfminer keeps the character
        if rotation:
            x0, y0, x1, y1 = _rotate((x0, y0, x1, y1), rotation)
        h = (y1 - y0) * scale
        y0 += shift * h
        yield x0, y0, x1, y0 + h, char, bold


def _path_boxes(raw, page, rotation: int) -> list[Box]:  # noqa: ANN001 - pypdfium2.raw and a page handle
    """The bounds of the page's own path objects (for `vertical_rules` and `markers`)."""
    boxes = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            box = (left.value, bottom.value, right.value, top.value)
            boxes.append(_rotate(box, rotation) if rotation else box)
    return boxes


def extract_pdf_pages_pdfium(data: bytes, max_pages: int = 400, max_seconds: float = 120.0) -> list[str]:
    """Extract the text of every page of a PDF with PDFium (same output and errors as `extract_pdf_pages`).

    Args:
        data: the PDF's bytes.
        max_pages: a longer PDF is refused rather than read.
        max_seconds: extraction taking longer than this is abandoned (checked between pages).

    Returns:
        One string per page, in page order.

    Raises:
        UnreadableReport: encrypted, broken, too long, or without usable text (scanned/image-only, `(cid:NN)`).
    """
    started = time.monotonic()
    data = bytes(data)  # PDFium reads the buffer in place while the document is open
    api = _api()
    raw = api.raw
    layouts: list = []
    with _LOCK:
        document = raw.FPDF_LoadMemDocument64(data, len(data), None)
        if not document:
            raise _open_error(raw.FPDF_GetLastError(), raw)
        try:
            page_count = raw.FPDF_GetPageCount(document)
            if page_count > max_pages:
                raise UnreadableReport(f"more than {max_pages} pages")
            for index in range(page_count):
                if time.monotonic() - started > max_seconds:
                    raise UnreadableReport(f"extraction took longer than {max_seconds:g} s")
                page = raw.FPDF_LoadPage(document, index)
                if not page:
                    raise UnreadableReport(f"broken PDF (PDFium: page {index + 1} could not be loaded)")
                try:
                    textpage = raw.FPDFText_LoadPage(page)
                    if not textpage:
                        raise UnreadableReport(f"broken PDF (PDFium: no text page for page {index + 1})")
                    try:
                        address = ctypes.cast(textpage, ctypes.c_void_p).value
                        page_address = ctypes.cast(page, ctypes.c_void_p).value
                        rotation = raw.FPDFPage_GetRotation(page) % 4
                        chars = _characters(api, page_address, address, rotation)
                        layouts.append(page_layout(chars, _path_boxes(raw, page, rotation)))
                    finally:
                        raw.FPDFText_ClosePage(textpage)
                finally:
                    raw.FPDF_ClosePage(page)
        finally:
            raw.FPDF_CloseDocument(document)
    return pages_from_layouts(layouts)
