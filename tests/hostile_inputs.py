"""Hostile input files, built at test time (issue 22): zip bombs, nested tables, long
Word files, rotated and unmapped PDFs, deep HTML. Each builder is small and fast; the
zip bombs are written by streaming, so no test holds what they unpack to."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PARA = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"
SENTENCE = "国务院发布关于推进高质量发展的意见，提出到二〇三〇年实现主要目标。"


def blank_docx() -> bytes:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    return buf.getvalue()


def docx_with_body(chunks: Iterator[str]) -> bytes:
    """A valid .docx whose ``word/document.xml`` body is ``chunks``, streamed into the
    archive (python-docx's blank document supplies every other part)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(blank_docx())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        with dst.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(f"<w:document {W}><w:body>".encode())
            for chunk in chunks:
                f.write(chunk.encode())
            f.write(b"</w:body></w:document>")
    return out.getvalue()


def repeated(piece: str, total_bytes: int, chunk: int = 1 << 20) -> Iterator[str]:
    """``piece`` repeated to about ``total_bytes`` (UTF-8), a megabyte at a time."""
    block = piece * max(1, chunk // len(piece.encode()))
    size = len(block.encode())
    for _ in range(max(1, total_bytes // size)):
        yield block


def zip_bomb_docx(unpacked_bytes: int) -> bytes:
    """Short paragraphs that unpack to ``unpacked_bytes``: a ratio of several hundred."""
    return docx_with_body(repeated(PARA.format("字"), unpacked_bytes))


def one_huge_text_node_docx(unpacked_bytes: int) -> bytes:
    chunks = repeated("字", unpacked_bytes)
    return docx_with_body(iter(["<w:p><w:r><w:t>", *chunks, "</w:t></w:r></w:p>"]))


def many_paragraphs_docx(n: int, styled: bool = True) -> bytes:
    """``n`` paragraphs, every other one with a named style, as Word writes them."""
    style = '<w:pPr><w:pStyle w:val="ListParagraph"/></w:pPr>' if styled else ""
    paras = (
        f"<w:p>{style if i % 2 else ''}<w:r><w:t>{i}。{SENTENCE}</w:t></w:r></w:p>"
        for i in range(n)
    )
    return docx_with_body(paras)


def nested_tables_docx(depth: int) -> bytes:
    """A paragraph, a table whose first cell holds a table, ``depth`` levels down,
    then a closing paragraph. Cell texts name their level: 第N层表格."""
    import docx

    d = docx.Document()
    d.add_paragraph("表格前的段落。")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "第0层表格甲"
    table.cell(0, 1).text = "第0层表格乙"
    table.cell(1, 0).text = "第0层表格丙"
    table.cell(1, 1).text = "第0层表格丁"
    cell = table.cell(0, 0)
    for level in range(1, depth + 1):
        inner = cell.add_table(rows=1, cols=2)
        inner.cell(0, 0).text = f"第{level}层表格甲"
        inner.cell(0, 1).text = f"第{level}层表格乙"
        cell = inner.cell(0, 0)
    d.add_paragraph("表格后的段落。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def deep_html(depth: int) -> bytes:
    paragraphs = "".join(f"<p>{SENTENCE}第{i}段。</p>" for i in range(2))
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>深层网页</title></head><body>"
        + "<div>" * depth
        + f"<article><h1>深层网页</h1>{paragraphs}</article>"
        + "</div>" * depth
        + "</body></html>"
    ).encode()


def long_html(sections: int) -> bytes:
    """A page of ``sections`` sections, each an ``<h2>`` and four paragraphs."""
    body = "".join(
        f"<h2>第{i}节</h2>" + "".join(f"<p>{SENTENCE}第{i}节第{j}段。</p>" for j in range(4))
        for i in range(sections)
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>长网页</title></head><body>"
        f"<nav><a href='/'>首页</a></nav><article><h1>长网页</h1>{body}</article></body></html>"
    ).encode()


def simple_pdf(lines: list[str], *, user_password: str | None = None) -> bytes:
    """One A4 page of Chinese lines; encrypted (RC4, owner password "owner") when a
    ``user_password`` is given, "" being the empty password readers open silently."""
    from doc_fixtures import CJK_FONT, _register_font
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    encrypt = None
    if user_password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(user_password, ownerPassword="owner")
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt)
    c.setFont(CJK_FONT, 12)
    for i, line in enumerate(lines):
        c.drawString(72, A4[1] - 100 - 20 * i, line)
    c.save()
    return buf.getvalue()


def pages_pdf(pages: int, lines_per_page: int = 30) -> bytes:
    """``pages`` full A4 pages of Chinese lines (a long report, shortened)."""
    from doc_fixtures import CJK_FONT, _register_font
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for p in range(pages):
        c.setFont(CJK_FONT, 12)
        for i in range(lines_per_page):
            # every line its own characters: nothing looks like a running header
            first = 0x4E00 + (p * lines_per_page + i) * 24
            words = "".join(chr(first + k) for k in range(24))
            c.drawString(72, A4[1] - 72 - 22 * i, f"记录{p + 1}之{i + 1}：{words}。")
        c.showPage()
    c.save()
    return buf.getvalue()


ROTATED_LINES = [f"第{i + 1}行：{SENTENCE[: 12 + i]}，共计{2020 + i}年。" for i in range(6)]


def rotated_pdf(page_rotate: int, text_angle: int, lines: list[str] = ROTATED_LINES) -> bytes:
    """One page with ``/Rotate page_rotate`` whose ``lines`` are drawn at ``text_angle``
    degrees (counter-clockwise) in the page's own coordinates; with the two equal the
    text reads upright on screen, as a scanner or a landscape export writes it."""
    from doc_fixtures import CJK_FONT, _register_font
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setPageRotation(page_rotate)
    w, hgt = A4
    c.translate(w / 2, hgt / 2)
    c.rotate(text_angle)
    c.setFont(CJK_FONT, 11)
    for i, line in enumerate(lines):
        c.drawString(-220, 120 - 22 * i, line)
    c.save()
    return buf.getvalue()


def sidebar_pdf(lines: list[str], sidebar: str) -> bytes:
    """Upright ``lines`` and, along the left margin, ``sidebar`` drawn at 90 degrees."""
    from doc_fixtures import CJK_FONT, _register_font
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(CJK_FONT, 11)
    for i, line in enumerate(lines):
        c.drawString(90, A4[1] - 120 - 22 * i, line)
    c.saveState()
    c.translate(40, 200)
    c.rotate(90)
    c.drawString(0, 0, sidebar)
    c.restoreState()
    c.save()
    return buf.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (object 1 the catalog), with its cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def unmapped_cid_pdf(lines: list[str], to_unicode: bool = False) -> bytes:
    """Chinese ``lines`` set in a Type0 font with Identity-H encoding, whose codes are
    glyph numbers of a TrueType font (CIDFontType2), as a subset font writes them, and
    (unless ``to_unicode``) no ToUnicode map: nothing in the file says which character
    a code is. A reader that maps the codes through the Adobe-GB1 collection named in
    CIDSystemInfo gets other characters, many of them plausible Chinese."""
    chars = sorted({ch for line in lines for ch in line})
    gid = {ch: 900 + 41 * i for i, ch in enumerate(chars)}  # glyph numbers, not CIDs
    ops = [b"BT /F1 12 Tf 14 TL 72 760 Td"]
    for line in lines:
        ops.append(b"<" + "".join(f"{gid[ch]:04X}" for ch in line).encode() + b"> Tj T*")
    ops.append(b"ET")
    content = b"\n".join(ops)
    cmap = "\n".join(
        [
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange",
            f"{len(chars)} beginbfchar",
            *[f"<{gid[ch]:04X}> <{ord(ch):04X}>" for ch in chars],
            "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end",
        ]
    ).encode()
    unicode_ref = b" /ToUnicode 8 0 R" if to_unicode else b""
    font = _truetype_bytes()  # embedded: its codes are its own glyph numbers
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H"
            b" /DescendantFonts [6 0 R]" + unicode_ref + b" >>",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 5 >>"
            b" /FontDescriptor 7 0 R /CIDToGIDMap /Identity /DW 1000 >>",
            b"<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4"
            b" /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141"
            b" /CapHeight 859 /StemV 80 /FontFile2 9 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
            b"<< /Length %d >>\nstream\n" % len(font) + font + b"\nendstream",
        ]
    )


def _truetype_bytes() -> bytes:
    """A real TrueType font (reportlab's Vera): what it draws does not matter here."""
    from pathlib import Path

    import reportlab

    return (Path(reportlab.__file__).parent / "fonts" / "Vera.ttf").read_bytes()
