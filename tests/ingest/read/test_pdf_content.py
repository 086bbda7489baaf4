from pathlib import Path

import pytest
from pdfminer.pdfdevice import PDFDevice
from pdfminer.pdfinterp import PDFContentParser, PDFPageInterpreter, PDFResourceManager
from pdfminer.pdftypes import PDFStream
from pdfminer.psexceptions import PSEOF
from pdfminer.psparser import PSKeyword, PSLiteral
from pdfminer.utils import MATRIX_IDENTITY

import ingest.read.pdf_content as pdf_content
from ingest.read.pdf_content import DeclinedContent, FastInterpreter, content_objects
from ingest.read.pdf_pdfminer import extract_pdf_pages
from tests.fixtures.producers import skip_if_missing, write_fpdf


def _comparable(obj: object) -> object:
    """An object with its type spelled out: 1 and 1.0 and True differ, symbols compare by name."""
    if isinstance(obj, PSLiteral | PSKeyword):
        return (type(obj).__name__, obj.name)
    if isinstance(obj, list):
        return ("list", [_comparable(item) for item in obj])
    if isinstance(obj, dict):
        return ("dict", [(key, _comparable(value)) for key, value in obj.items()])
    return (type(obj).__name__, obj)


def _pdfminer_objects(datas: list[bytes]) -> list[object]:
    parser = PDFContentParser([PDFStream({}, data) for data in datas])
    objects = []
    while True:
        try:
            objects.append(parser.nextobject()[1])
        except PSEOF:
            return [_comparable(obj) for obj in objects]


SAME = {
    "numbers": [b"1 -2 +3 1. .5 -.5 --1 1-2 1.2.3 - . +. -. 0012 3.25 12abc 4/N 7(s)"],
    "names": [b"/A /B#20C /#41#4 /a#zz /\xc3\xa9 /\xff /x#2 /y#4G / /a%c\n/n\x00m"],
    "keywords": [b"BT ET T* ' \" true false null Tj\xff a#b ) * \x01 q Q"],
    "escapes": [rb"(a\nb\r\t\b\f\(\)\\) (\101\1012\7\08) (a\q)", b"(a\\\nb) (a\\\r\nb) (a\\\rb) (\r\n\r)"],
    "nested strings": [b"(x(y(z))w) (a(b)c) () (()) (\\(())"],
    "hex strings": [b"<41 42\n4> <> <6162> <a>"],
    "containers": [b"[1 (a) [/N] << /K 1 /L [2] /K 3 >>] << /A 1 /B true >> { 1 2 add } [BT]"],
    "dictionary keys": [b"<< 1 2 (k) 3 /N 4 >>"],
    "comments": [b"1 %comment\r2 % x\n3 %last"],
    "streams": [b"BT /F1 12 Tf", b"(a) Tj ET", b"", b"1 T", b"j [1", b"2] /Na", b"me <41>", b"%x", b"5"],
}

DECLINED = {
    "inline image": [b"q BI /W 1 /H 1 ID \x00\xff EI Q"],
    "lone EI": [b"1 EI"],
    "unclosed array": [b"[1 2"],
    "unopened array": [b"1 2]"],
    "mismatched": [b"[1 >>"],
    "odd dictionary": [b"<< /A >>"],
    "string then dictionary end": [b"<41>>"],
    "lone bracket": [b"1 > 2"],
    "unterminated string": [b"(abc"],
    "unterminated hex": [b"<41 42"],
    "bad hex": [b"<41 zz>"],
    "deep nesting": [b"(a(b(c(d))))"],
    "octal above 255": [b"(\\400)"],
    "string across streams": [b"(a", b"b)"],
    "name cut at its escape": [b"/A#4", b"1 Tj"],
    "empty name at a stream's end": [b"/", b"A"],
    "content over 8 MB": [b"1 0 0 1 0 0 cm\n" * (1 << 20) + b"q Q"],
    "escaped CR LF across pdfminer's buffer": [b"(" + b"a" * 4093 + b"\\\r\n)"],
}


@pytest.mark.parametrize("datas", SAME.values(), ids=SAME.keys())
def test_content_objects_equal_pdfminers(datas: list[bytes]) -> None:
    assert [_comparable(obj) for obj in content_objects(datas)] == _pdfminer_objects(datas)


@pytest.mark.parametrize("datas", DECLINED.values(), ids=DECLINED.keys())
def test_content_objects_decline_what_they_do_not_reproduce(datas: list[bytes]) -> None:
    with pytest.raises(DeclinedContent):
        content_objects(datas)


def test_declined_content_runs_pdfminers_own_execute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    skip_if_missing("fpdf2")
    pdf = write_fpdf("# Title\n\nSome text on a page.", tmp_path / "report.pdf").read_bytes()
    calls = []
    own = PDFPageInterpreter.execute
    monkeypatch.setattr(
        PDFPageInterpreter, "execute", lambda self, streams: calls.append(1) or own(self, streams)
    )
    fast = extract_pdf_pages(pdf)
    assert calls == []

    def decline(datas: list[bytes]) -> list[object]:
        raise DeclinedContent

    monkeypatch.setattr(pdf_content, "content_objects", decline)
    assert extract_pdf_pages(pdf) == fast
    assert calls


def test_fpdf_report_reads_the_same_with_pdfminers_execute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    skip_if_missing("fpdf2")
    text = "# Budget report\n\n**1. Savings.** The council saved £2.5m (12%).\n\n- one\n- two\n\nA\tB\n1\t2\n"
    pdf = write_fpdf(text * 3, tmp_path / "report.pdf").read_bytes()
    fast = extract_pdf_pages(pdf)
    monkeypatch.setattr(pdf_content.FastInterpreter, "execute", PDFPageInterpreter.execute)
    assert extract_pdf_pages(pdf) == fast
    assert "2.5m" in "".join(fast)


def _state_after(interpreter_class: type[PDFPageInterpreter], data: bytes) -> tuple:
    resources = PDFResourceManager()
    interpreter = interpreter_class(resources, PDFDevice(resources))
    interpreter.init_resources({})
    interpreter.init_state(MATRIX_IDENTITY)
    stream = PDFStream({}, data)
    stream.objid = 1
    interpreter.execute([stream])
    state = interpreter.graphicstate
    return interpreter.ctm, interpreter.argstack, state.linewidth, state.ncolor, state.scolor, state.dash


def test_operators_leave_the_state_pdfminers_execute_leaves() -> None:
    data = (
        b"7 0.5 g /DeviceRGB cs 0.1 0.2 0.3 scn 0.4 scn 1 0 0 RG 2 0 0 2 10 10 cm [3 1] 0 d 9 w 1 2 unknown 5"
    )
    assert _state_after(FastInterpreter, data) == _state_after(PDFPageInterpreter, data)
