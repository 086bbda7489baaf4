"""pdfminer's page interpreter with a faster content-stream lexer: the same objects, a fraction of the CPU.

Why hand-written: pdfminer.six is fixed by the project's brief, and most of its time on a page goes to its
content-stream lexer (`PSBaseParser.nexttoken` and `PSStackParser.nextobject`), a Python state machine
that reads a page a character at a time; no maintained library offers a drop-in lexer that yields
pdfminer's own objects. `FastInterpreter.execute` reads a page's content with one compiled regular
expression and a small loop into exactly the objects `PDFContentParser` yields (ints and floats as it
decides them, `LIT`/`KWD` symbols, strings with its escapes, arrays, dictionaries, procedures), then runs
the operators through a dispatch table cached per keyword instead of pdfminer's per-operator name building.

It falls back to pdfminer's own `execute` for the whole call, before any operator has run, whenever the
content holds something it does not reproduce exactly: inline images (`BI`/`ID`/`EI`), unbalanced or
mismatched brackets, a dictionary with an odd count, bytes the expression does not consume (a lone `<` or
`>`, an unterminated or too deeply nested string), an octal escape above 255, a name or string cut by the
end of a stream (pdfminer carries its state into the next stream), a `\\` + CR LF split by pdfminer's
4096-byte buffer, a stream that is not an indirect object or is a circular reference, content over 8 MB
(pdfminer reads it a token at a time; this holds it as a list), or strict mode.

It reproduces pdfminer.six 20260107 (pinned in pyproject.toml), quirks included;
`tests/ingest/read/test_pdf_content.py` compares it with pdfminer's own lexer on every token form and on
whole PDFs, and is what to run again before moving the pin.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pdfminer import settings
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import stream_value
from pdfminer.psparser import (
    KEYWORD_ARRAY_BEGIN,
    KEYWORD_ARRAY_END,
    KEYWORD_DICT_BEGIN,
    KEYWORD_DICT_END,
    KEYWORD_PROC_BEGIN,
    KEYWORD_PROC_END,
    KWD,
    LIT,
    PSKeyword,
    keyword_name,
    literal_name,
)

_NOT_NAME = rb"\s/%\[\]()<>{}"  # ends a name (pdfminer's END_LITERAL, less `#`, which is decoded inside)
_STRING_PART = rb"(?:[^()\\]++|\\[\s\S]"  # plain bytes or one escape; nested parentheses are added below
_STRING = _STRING_PART + rb")*+"
for _ in range(2):  # strings nested three deep or more are not matched: they fall back
    _STRING = _STRING_PART + rb"|\(" + _STRING + rb"\))*+"

# One token after optional white space (pdfminer's `\s`, and NUL, which it skips), as the whole token's
# bytes. Each alternative starts on the byte that picks pdfminer's state in `_parse_main` and ends where
# that state ends; the last takes a byte nothing else reads (a lone `(`, `<` or `>`), to fall back on.
_TOKEN = re.compile(
    rb"[\s\x00]*+("
    rb"[-+0-9][0-9]*+(?:\.[0-9]*+)?|\.[0-9]*+"  # a number
    rb"|[A-Za-z][^#" + _NOT_NAME + rb"]*+"  # a keyword
    rb"|/[^" + _NOT_NAME + rb"]*+"  # a name
    rb"|\(" + _STRING + rb"\)"
    rb"|<[\s0-9A-Fa-f]*+>(?!>)"  # a hex string; `<41>>` is a string and a dictionary's end to pdfminer
    rb"|<<|>>"
    rb"|%[^\r\n]*+"  # a comment
    rb"|[\s\S]"  # any other byte: a one-byte keyword (' " [ ] { } ...), or one to fall back on
    rb")"
)
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n|[\s\S])")  # pdfminer's `_parse_string_1`
_ESCAPED = {
    bytes((key,)): bytes((value,)) for key, value in zip(b"btnfr()\\", b"\b\t\n\f\r()\\", strict=True)
}
_NAME_HEX = re.compile(rb"#([0-9A-Fa-f]{0,2})")  # pdfminer's `_parse_literal_hex`; a bare `#` is dropped
_HEX_DROP = re.compile(rb"\s")
_MAX_BYTES = 8 << 20  # longer content is read by pdfminer, a token at a time, not held as a list of objects
_BUFSIZ = 4096  # pdfminer reads a stream in blocks this long; `\` CR LF across two blocks differs
_SKIP = object()  # a comment, or a number pdfminer drops (`-`, `.`)
_OPEN = {KEYWORD_ARRAY_BEGIN: "a", KEYWORD_PROC_BEGIN: "p", KEYWORD_DICT_BEGIN: "d"}
_CLOSE = {KEYWORD_ARRAY_END: "a", KEYWORD_PROC_END: "p", KEYWORD_DICT_END: "d"}
_BRACKETS = set(_OPEN) | set(_CLOSE)
_FIXED = {b"true": True, b"false": False, b"<<": KEYWORD_DICT_BEGIN, b">>": KEYWORD_DICT_END}
_DECLINED = {b"BI", b"ID", b"EI", b"(", b"<", b">"}  # inline images, and the bytes `_TOKEN` cannot read
_DISPATCH: dict[type, dict[PSKeyword, tuple[Callable, int] | None]] = {}


class DeclinedContent(Exception):
    """The content holds something the fast path does not reproduce exactly."""


def _unescape(match: re.Match) -> bytes:
    escape = match.group(1)
    if escape[0] in b"01234567":
        code = int(escape, 8)
        if code > 255:  # pdfminer's assertion fails: let it fail there
            raise DeclinedContent
        return bytes((code,))
    return _ESCAPED.get(escape, b"")  # backslash + end of line, or an unknown escape: both dropped


def _name_byte(match: re.Match) -> bytes:
    return bytes((int(match.group(1), 16),)) if match.group(1) else b""


def _object(token: bytes) -> object:
    """The object pdfminer's `nexttoken` makes of one token's bytes."""
    first = token[:1]
    if token in _FIXED or first == b"%":
        return _FIXED.get(token, _SKIP)
    if token in _DECLINED:
        raise DeclinedContent
    if first in b"+-.0123456789":
        try:
            return float(token) if b"." in token else int(token)
        except ValueError:
            return _SKIP
    if first == b"/":
        raw = _NAME_HEX.sub(_name_byte, token[1:]) if b"#" in token else token[1:]
        try:
            return LIT(str(raw, "utf-8"))
        except UnicodeDecodeError:
            return LIT(raw)
    if first == b"(":  # a string's bytes are kept as they are, ends of line too
        return _ESCAPE.sub(_unescape, token[1:-1]) if b"\\" in token else token[1:-1]
    if first == b"<":  # odd digits: pdfminer reads the last one alone (`<414>` is b"A\x04")
        digits = _HEX_DROP.sub(b"", token[1:-1])
        whole = bytes.fromhex(str(digits[: len(digits) & ~1], "ascii"))
        return whole + bytes((int(digits[-1:], 16),)) if len(digits) % 2 else whole
    return KWD(token)


def _check_stream_end(data: bytes, tokens: list[bytes]) -> None:
    """Decline what pdfminer reads differently at a stream's end or a 4096-byte block's: a name ending the
    stream empty or in a `#` escape (it reads on into the next stream, or drops the name), and `\\` CR LF
    with CR ending a block (it keeps the LF)."""
    last = tokens[-1] if tokens else b""
    if last[:1] == b"/" and data.endswith(last) and (last == b"/" or b"#" in last[-3:]):
        raise DeclinedContent
    for end in range(_BUFSIZ - 1, len(data) - 1, _BUFSIZ):
        if data[end - 1 : end + 2] == b"\\\r\n":
            raise DeclinedContent


def content_objects(datas: Sequence[bytes]) -> list[object]:
    """The objects `PDFContentParser.nextobject` yields for streams with these decoded bytes (without their
    positions): numbers, strings, names, keywords, and arrays, dictionaries and procedures built from them.

    Raises:
        DeclinedContent: the streams hold something this reader does not reproduce exactly.
    """
    if sum(map(len, datas)) > _MAX_BYTES:
        raise DeclinedContent
    objects: list[object] = []
    current, opened = objects, []
    made: dict[bytes, object] = {}  # a page repeats its operators, numbers and names
    for data in datas:
        tokens = _TOKEN.findall(data)
        _check_stream_end(data, tokens)
        for token in tokens:
            obj = made.get(token)
            if obj is None:
                obj = made[token] = _object(token)
            if obj.__class__ is PSKeyword and obj in _BRACKETS:
                current, opened = _bracket(obj, current, opened)
            elif obj is not _SKIP:
                current.append(obj)
    if opened:
        raise DeclinedContent
    return objects


def _bracket(keyword: PSKeyword, current: list, opened: list) -> tuple[list, list]:
    """Open or close an array, dictionary or procedure as pdfminer's `nextobject` does; decline a mismatched
    end (pdfminer drops it) and a dictionary with an odd count (pdfminer raises)."""
    kind = _OPEN.get(keyword)
    if kind is not None:
        opened.append((kind, current))
        return [], opened
    kind = _CLOSE[keyword]
    if not opened or opened[-1][0] != kind or (kind == "d" and len(current) % 2):
        raise DeclinedContent
    closed = current
    current = opened.pop()[1]
    if kind == "d":
        pairs = zip(closed[::2], closed[1::2], strict=True)
        closed = {literal_name(key): value for key, value in pairs if value is not None}
    current.append(closed)
    return current, opened


class FastInterpreter(PDFPageInterpreter):
    """pdfminer's page interpreter, reading content streams with `content_objects`."""

    def execute(self, streams: Sequence[object]) -> None:
        """Run a page's (or form's) content streams as pdfminer does; see the module docstring."""
        valid = [stream_value(obj) for obj in streams]
        if settings.STRICT or any(s.objid is None or s.objid in self.parent_stream_ids for s in valid):
            return super().execute(streams)  # it logs the skipped streams
        try:
            objects = content_objects([stream.get_data() for stream in valid])
        except DeclinedContent:
            return super().execute(streams)
        except MemoryError:  # the reader's limit (`ingest.read.budget`)
            raise
        except Exception:  # noqa: BLE001 - a stream that fails to decode: pdfminer fails after earlier streams
            return super().execute(streams)
        self.stream_ids.clear()
        self.stream_ids.update(stream.objid for stream in valid)
        self._run(objects)
        return None

    def _run(self, objects: list[object]) -> None:
        """Run the operators: each keyword calls its `do_` method with as many arguments as it takes, when
        the stack holds them all (the arguments are popped either way); other objects are pushed."""
        table = _DISPATCH.setdefault(type(self), {})
        for obj in objects:
            if obj.__class__ is not PSKeyword:
                # `self.push`; some operators (`scn`) replace the stack, so it is looked up each time
                self.argstack.append(obj)
                continue
            try:
                operator = table[obj]
            except KeyError:
                operator = table[obj] = self._operator(obj)
            if operator is None:
                continue
            func, nargs = operator
            if nargs:
                args = self.pop(nargs)
                if len(args) == nargs:
                    func(self, *args)
            else:
                func(self)

    def _operator(self, keyword: PSKeyword) -> tuple[Callable, int] | None:
        """The `do_` method pdfminer's `execute` finds for a keyword, and its number of arguments."""
        name = keyword_name(keyword)
        method = "do_" + name.replace("*", "_a").replace('"', "_w").replace("'", "_q")
        func = getattr(type(self), method, None)
        return None if func is None else (func, func.__code__.co_argcount - 1)


__all__ = ["DeclinedContent", "FastInterpreter", "content_objects"]
