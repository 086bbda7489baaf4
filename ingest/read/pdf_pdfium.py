"""pypdfium2 (PDFium): PDF bytes -> one text per page, the same texts as the pdfminer.six engine, faster.

PDFium gives every character of a page with its box; this module groups them into text lines and words the
way pdfminer's layout analysis does with its default `LAParams` (consecutive characters on one line when
they overlap vertically by half a height and lie within two character widths; a space where two characters
are more than a tenth of a character apart), splits table cells at `CELL_GAP`, marks bold runs and hands the
segments to the engine-independent `ingest.read.pdf_layout`. pypdfium2 is an optional dependency (extra `fast`).
Like the pdfminer engine it reads no text from inside form XObjects (pdfminer's figures).

Where PDFium's characters are not pdfminer's glyphs the engine mends them: the space glyphs PDFium drops
(all but the first of consecutive spaces, `_dropped_spaces`), boxes PDFium widens to a glyph reaching past
the font's metrics (`_band`), and the descent pdfminer reads from the font descriptor
(`pdf_pdfminer.font_descents`, where PDFium derives its own from the glyphs).

Known differences, all rare: PDFium keeps glyph widths in whole thousandths of the font size, so where a
font's /Widths are fractional (TeX) a gap on the edge of `WORD_MARGIN` may get a space the other engine does
not give (or the reverse); PDFium orders text objects drawn over each other on one line by position (TeX's
(c) symbol comes out as circle then letter); glyphs without unicode are detected per text object.

PDFium is not thread-safe: calls into it are serialised by a lock (processes run in parallel freely).
"""

from __future__ import annotations

import ctypes
import re
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from functools import partial
from itertools import compress, groupby, repeat
from operator import gt

from ingest.read.errors import UnreadableReport
from ingest.read.pdf_layout import Char, is_bold_font, page_layout, pages_from_layouts
from ingest.read.pdf_pdfminer import base_font_name, font_descents

BOLD_WEIGHT = 600  # font weight read as bold when the font has no name
_HYPHEN_MARKS = frozenset("\x02\ufffe")  # what PDFium puts in place of a hyphen that ends a line
_SPECIAL = re.compile("[ \r\n\x02\ufffe]")  # the characters `_mend` looks at
_MENDED = frozenset("\r\n\x02\ufffe")  # those of them `_mend` looks at at the end of a run
SAME_POINT = 0.01  # points: origins closer than this are one
_BOX = struct.Struct("4f")  # FS_RECTF as PDFium writes it: left, top, right, bottom
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
        self.origin = bind(raw.FPDFText_GetCharOrigin, c_int, vp, c_int, vp, vp)
        self.text_object = bind(raw.FPDFText_GetTextObject, vp, vp, c_int)
        self.text = bind(raw.FPDFText_GetText, c_int, vp, c_int, c_int, vp)
        self.font = bind(raw.FPDFTextObj_GetFont, vp, vp)
        self.font_name = bind(raw.FPDFFont_GetBaseFontName, ctypes.c_size_t, vp, vp, ctypes.c_size_t)
        self.font_weight = bind(raw.FPDFFont_GetWeight, c_int, vp)
        self.count_objects = bind(raw.FPDFPage_CountObjects, c_int, vp)
        self.page_object = bind(raw.FPDFPage_GetObject, vp, vp, c_int)
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


def _font_facts(api: _Api, font: int | None, descents: dict[str, float | None]) -> tuple[bool, float, float]:
    """What the character loop needs of a font: whether it is bold, and how to turn PDFium's loose character
    box into pdfminer's (`size = height * scale`, bottom moved up by `shift * size`, top = bottom + size).

    PDFium's loose box spans the font size between the font's ascent and descent, which PDFium derives
    from the glyphs where the font descriptor says 0 for both (LibreOffice's); pdfminer's spans the font
    size from the descent it reads (`pdf_pdfminer.font_descents`, by the font's name; PDFium's descent
    where that is not known). Bold goes by the font's name like the pdfminer engine, by weight only for a
    font without a name.
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
    pdfminer_descent = descents.get(base_font_name(name))
    if pdfminer_descent is None:
        pdfminer_descent = -abs(descent.value)
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


def _characters(
    api: _Api, page: int, textpage: int, rotation: int, descents: dict[str, float | None]
) -> list[Char]:
    """The page's characters in PDFium's order (the content stream's) with the boxes pdfminer gives them,
    for `ingest.read.pdf_layout.group_chars`.

    Spaces and line breaks PDFium generates are skipped (pdfminer's word rule decides where spaces go), and
    so is text inside form XObjects, which pdfminer puts in figures rather than text lines
    (`LAParams.all_texts` is off). Characters are handled a text object's run at a time: its font, unicode
    mapping and span across the line once per run, each character's box from PDFium's loose box.
    """
    count = max(api.count(textpage), 0)  # -1 when PDFium fails
    text = _page_chars(api, textpage, count)
    # every character's text object and loose box up front: `map` keeps the calls in C between them
    indexes = range(count)
    objects = list(map(api.text_object, repeat(textpage, count), indexes))
    boxes = (ctypes.c_float * (4 * count))()  # FS_RECTF per character: left, top, right, bottom
    base = ctypes.addressof(boxes)
    deque(map(api.loose_box, repeat(textpage, count), indexes, range(base, base + 16 * count, 16)), maxlen=0)
    floats = memoryview(boxes).cast("B").cast("f").tolist()
    floats.extend((0.0, 0.0, 0.0, 0.0))  # the box after the last character's: no character
    objects.append(None)
    # a text object that is not one of the page's own objects is inside a form XObject
    own = api.count_objects(page)
    skip = set(objects).difference(map(api.page_object, repeat(page, own), range(own)))
    skip.add(None)  # PDFium's line breaks
    fonts: dict[int | None, tuple[bool, float, float]] = {}  # per page: PDFium may free a font between pages
    chars: list[Char] = []
    for start, end in _runs(objects):
        obj = objects[start]
        if obj in skip:
            continue
        font = api.font(obj)
        facts = fonts.get(font)
        if facts is None:
            facts = fonts[font] = _font_facts(api, font, descents)
        bold, scale, shift = facts
        band = _band(floats, start, end)
        run = text[start:end]
        if band is not None and band[0] and not rotation:  # horizontal text on an upright page
            h = (band[2] - band[1]) * scale
            y0 = band[1] + shift * h
            lefts, rights = floats[4 * start : 4 * end : 4], floats[4 * start + 2 : 4 * end : 4]
            run_chars = list(zip(lefts, repeat(y0), rights, repeat(y0 + h), run, repeat(bold)))
        else:
            corners = iter(floats[4 * start : 4 * end])
            boxes = map(
                partial(_place, band, rotation, scale, shift),
                zip(corners, corners, corners, corners, strict=False),
            )
            run_chars = [(*box, char, bold) for box, char in zip(boxes, run, strict=True)]
        last = len(run) - 1  # a space glyph ending the run is followed by another object: nothing to mend
        if (
            _SPECIAL.search(run, 0, last)
            or run[last] in _MENDED
            or floats[4 * end - 4] == floats[4 * end - 2]
        ):
            place = partial(_place, band, rotation, scale, shift)
            for match in reversed(list(_SPECIAL.finditer(run))):
                _mend(api, textpage, objects, floats, start + match.start(), run_chars, start, place, bold)
        if api.unmapped(textpage, start):  # what pdfminer shows for glyphs without a unicode mapping
            run_chars = [(*char[:4], f"(cid:{ord(char[4])})", bold) for char in run_chars]
        chars.extend(run_chars)
    return chars


def _place(
    band: tuple[bool, float, float] | None, rotation: int, scale: float, shift: float, box: Box
) -> Box:
    """A loose box (left, top, right, bottom) of a text object's run as pdfminer's box (x0, y0, x1, y1) on
    the displayed page: across the line the run's `_band`, turned by the page's rotation, then the font's
    size up from pdfminer's descent (`_font_facts`: scale, shift)."""
    x0, y1, x1, y0 = box
    if band is not None:
        if band[0]:
            y0, y1 = band[1], band[2]
        else:
            x0, x1 = band[1], band[2]
    if rotation:
        x0, y0, x1, y1 = _rotate((x0, y0, x1, y1), rotation)
    h = (y1 - y0) * scale
    y0 += shift * h
    return x0, y0, x1, y0 + h


def _mend(  # noqa: PLR0913 - the page's arrays and the run's facts
    api: _Api,
    textpage: int,
    objects: list,
    floats: list[float],
    i: int,
    chars: list[Char],
    start: int,
    place: Callable[[Box], Box],
    bold: bool,
) -> None:
    """Fix character `i`, `chars[i - start]`, where PDFium generates or changes one: a generated space is
    dropped or stands for glyphs PDFium dropped, a space glyph gets the ones dropped after it, a hyphen
    ending a line is PDFium's mark for it."""
    left, top, right, bottom = floats[4 * i : 4 * i + 4]
    k = i - start
    if chars[k][4] in _HYPHEN_MARKS:
        if api.is_hyphen(textpage, i):
            chars[k] = (*chars[k][:4], "-", bold)  # pdfminer keeps the hyphen
        return
    generated = (left == right or top == bottom) and api.is_generated(textpage, i)
    if not generated and (objects[i + 1] != objects[i] or floats[4 * i + 4] - right <= SAME_POINT):
        return
    spaces = _dropped_spaces(floats, objects, i, (left, top, right, bottom), _origin_x(api, textpage, i + 1))
    if generated or spaces:
        chars[k : k + 1] = [(*place(space), " ", bold) for space in spaces]


def _runs(objects: list) -> Iterator[tuple[int, int]]:
    """(first index, index after the last) of each run of consecutive characters of one text object."""
    end = 0
    for _, run in groupby(objects):
        start, end = end, end + len(list(run))
        yield start, end


def _band(floats: list[float], start: int, end: int) -> tuple[bool, float, float] | None:
    """The span across its line that PDFium's loose box gives every glyph of one text object: (True, bottom,
    top) for text running along x, (False, left, right) for text running along y; None when unknown.

    PDFium's loose box is the span from the font's descent to its ascent, widened to the glyph's own box
    where the glyph reaches beyond it ('g' below a descent PDFium derived from the glyphs, LibreOffice's);
    pdfminer's box does not depend on the glyph, so the span shared by a text object's glyphs (two or
    more; generated spaces, points, left out) is the one the font gives each of them.
    """
    tops, bottoms = floats[4 * start + 1 : 4 * end : 4], floats[4 * start + 3 : 4 * end : 4]
    low, high = max(bottoms), min(tops)
    if high > low:  # no point among them (one glyph: its own span)
        return True, low, high
    glyphs = list(map(gt, tops, bottoms))
    if sum(glyphs) < 2:
        return None
    low, high = max(compress(bottoms, glyphs)), min(compress(tops, glyphs))
    if high > low:
        return True, low, high
    lefts, rights = floats[4 * start : 4 * end : 4], floats[4 * start + 2 : 4 * end : 4]
    low, high = max(compress(lefts, glyphs)), min(compress(rights, glyphs))
    return (False, low, high) if high > low else None


def _origin_x(api: _Api, textpage: int, i: int) -> float:
    """Where character `i` starts on its baseline (its loose box's left edge may be its glyph's)."""
    x, y = ctypes.c_double(), ctypes.c_double()
    return x.value if api.origin(textpage, i, ctypes.byref(x), ctypes.byref(y)) else float("nan")


def _dropped_spaces(floats: list[float], objects: list, i: int, box: Box, next_x: float) -> list[Box]:
    """The loose boxes (left, top, right, bottom) of the space glyph `i` and of the space glyphs after it
    that PDFium dropped; pdfminer keeps every glyph.

    PDFium keeps the first of consecutive spaces and drops the glyphs after it (`CloseTempLine`), whether
    the first is a glyph or a space it generates where a TJ array moves the pen by more than half a space
    (fpdf2's justified lines put a space glyph after such a move: PDFium generates a space at the glyph's
    origin, a point, and drops the glyph). Dropped glyphs show as a gap between the space and the next
    character on its baseline: a generated space left of the next character of its text object (a space
    generated before any other glyph sits at that glyph's origin) spans to it with its height; a space
    glyph followed by a gap of whole space pitches is followed by that many spaces, a pitch being the
    space's width, or that plus the gap before the space (a TJ array or character spacing moving every
    glyph); a gap of another width is a TJ array's or word spacing's, which pdfminer shows as a gap too.
    Empty: no glyph here. `next_x` is the next character's origin.
    """
    left, top, right, bottom = box
    _, n_top, n_right, n_bottom = floats[4 * i + 4 : 4 * i + 8]
    gap = next_x - right
    if not gap > SAME_POINT or objects[i + 1] != objects[i] or n_right <= next_x or not bottom <= n_top:
        return []
    if right == left:  # generated: a point on the baseline
        if not n_bottom <= bottom <= n_top:
            return []
        return [(left, n_top, next_x, n_bottom)]
    if n_bottom > top:
        return [box]
    width = right - left
    before = left - floats[4 * i - 2] if i and objects[i - 1] else 0.0  # the previous glyph's gap to this one
    for pitch in {width, width + before} if 0.0 < before < width else (width,):
        count = round(gap / pitch)
        if count >= 1 and abs(gap - count * pitch) <= SAME_POINT:
            return [(left + k * pitch, top, left + k * pitch + width, bottom) for k in range(count + 1)]
    return [box]


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
            descents = font_descents(data)
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
                        chars = _characters(api, page_address, address, rotation, descents)
                        layouts.append(page_layout(chars, _path_boxes(raw, page, rotation)))
                    finally:
                        raw.FPDFText_ClosePage(textpage)
                finally:
                    raw.FPDF_ClosePage(page)
        finally:
            raw.FPDF_CloseDocument(document)
    return pages_from_layouts(layouts)
