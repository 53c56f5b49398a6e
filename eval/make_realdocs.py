# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the ``realdocs-made`` documents with real tools, and their gold annotations.

Every document is made by the tool a user would use, from public-domain text (the
government work reports 2013-2017, ../shared/data/gov-work-reports) arranged into a
report with a cover page, a table of contents, numbered headings and tables:

- ``m01_lo_report.pdf``: a DOCX built with python-docx (cover page with form fields,
  odd/even page headers, a table of contents with dotted leaders, headings numbered
  ``第一章``/``1.1``/``1.1.1`` in Heading styles, a table) and
  converted by LibreOffice (``soffice --headless --convert-to pdf``);
- ``m02_wordlike.docx``: the same DOCX as Word would save it (company line at the top,
  the title in the ``Title`` style, headings ``一、``/``（一）`` as bold Normal paragraphs);
- ``m03_ctex_article.pdf``: a ctex article typeset by XeLaTeX (``fancyhdr`` odd/even
  headers, ``\\tableofcontents``, ``\\section``/``\\subsection``, a footnote);
- ``m04_ocr_scan.pdf``: a page rendered to an image (pdftoppm, 200 dpi) and given a
  text layer by ``ocrmypdf -l chi_sim`` (Tesseract);
- ``m05_news_page.html``: a news article laid out like a Chinese news site (site name
  in ``<title>``, ``og:title``, an ``<h1>``, bold-only ``<p><strong>`` subheads, a
  photo with its caption, navigation, related links and a footer);
- ``m06_encyclopedia.html``: an encyclopedia article (lead paragraph, infobox,
  ``h2``/``h3`` sections, references).

Run once; the outputs are committed (small), so CI needs none of these tools:

    python eval/make_realdocs.py [--out eval/data/realdocs-made]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GWR = Path(os.environ.get("ZHBRIEF_SHARED", "/work/shared")) / "data" / "gov-work-reports"


def paragraphs(year: int, n: int, skip: int = 0) -> list[str]:
    """Long body lines of one report (no numbered headings, no dashes list items)."""
    lines = (GWR / f"gwr_{year}.zh.txt").read_text(encoding="utf-8").splitlines()
    body = [ln.strip() for ln in lines if 80 <= len(ln.strip()) <= 260]
    body = [ln for ln in body if not ln.startswith(("——", "（", "一", "二", "三"))]
    return body[skip : skip + n]


def clause(p: str) -> str:
    """A passage of a paragraph that must appear in the body: its first 18 characters."""
    return p[:18]


# ----------------------------------------------------------------- DOCX -> PDF


CHAPTERS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "第一章 发展回顾",
        [("1.1 经济运行", ["1.1.1 增长与就业", "1.1.2 物价与收入"]), ("1.2 改革开放", [])],
    ),
    ("第二章 主要任务", [("2.1 宏观政策", []), ("2.2 结构调整", ["2.2.1 农业现代化"])]),
    ("第三章 保障措施", [("3.1 政府建设", [])]),
]
TITLE = "关于经济社会发展情况的调研报告"


def build_report_docx(path: Path, year: int) -> dict[str, Any]:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    paras = iter(paragraphs(year, 40))
    d = docx.Document()
    d.settings.odd_and_even_pages_header_footer = True
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    # cover page: a label, the title field, form fields, a date
    d.add_paragraph().add_run("硕士专业学位研究生调研报告").font.size = Pt(22)
    for _ in range(3):
        d.add_paragraph()
    title_p = d.add_paragraph()
    r = title_p.add_run("题目：" + TITLE)
    r.font.size = Pt(16)
    r.bold = True
    for label, value in (
        ("姓　　名：", "李明华"),
        ("学　　号：", "2101110234"),
        ("专　　业：", "应用经济学"),
        ("导师姓名：", "王建国 教授"),
    ):
        p = d.add_paragraph()
        p.add_run(label).font.size = Pt(14)
        p.add_run("  " + value).font.size = Pt(14)
    d.add_paragraph().add_run("二〇二四年六月").font.size = Pt(14)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # table of contents: dotted leaders, page numbers
    toc = d.add_paragraph()
    toc.add_run("目　录").font.size = Pt(16)
    page = 3
    for ch, subs in CHAPTERS:
        for text, level in (
            [(ch, 0)] + [(s, 1) for s, _ in subs] + [(x, 2) for _, xs in subs for x in xs]
        ):
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8 * level)
            p.paragraph_format.tab_stops.add_tab_stop(
                Cm(15.5), leader=WD_TAB_LEADER.DOTS, alignment=2
            )
            p.add_run(f"{text}\t{page}")
            page += 1
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    new = d.add_section(WD_SECTION.NEW_PAGE)
    new.different_first_page_header_footer = False
    new.header.is_linked_to_previous = False
    new.even_page_header.is_linked_to_previous = False
    new.header.paragraphs[0].text = "调研报告"  # odd pages
    new.even_page_header.paragraphs[0].text = "北方大学硕士专业学位研究生调研报告"  # even pages
    new.footer.is_linked_to_previous = False
    new.even_page_footer.is_linked_to_previous = False
    headings: list[dict[str, Any]] = []
    must_have: list[str] = []
    for ch, subs in CHAPTERS:
        d.add_heading(ch, level=1)
        headings.append({"text": ch, "level": 1})
        for _ in range(2):
            text = next(paras)
            d.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
        must_have.append(clause(text))
        for sub, subsubs in subs:
            d.add_heading(sub, level=2)
            headings.append({"text": sub, "level": 2})
            for _ in range(3):
                d.add_paragraph(next(paras)).paragraph_format.first_line_indent = Pt(24)
            for x in subsubs:
                d.add_heading(x, level=3)
                headings.append({"text": x, "level": 3})
                for _ in range(2):
                    d.add_paragraph(next(paras)).paragraph_format.first_line_indent = Pt(24)
        if ch.startswith("第二章"):
            t = d.add_table(rows=3, cols=3)
            t.style = "Table Grid"
            for i, row in enumerate(
                (
                    ("指标", "2015年", "2016年"),
                    ("增长率", "6.9%", "6.7%"),
                    ("新增就业", "1312万人", "1314万人"),
                )
            ):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    d.save(str(path))
    return {"headings": headings, "must_have": must_have[:5]}


def lo_pdf(docx_path: Path, out_dir: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(docx_path)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out_dir / (docx_path.stem + ".pdf")


def build_wordlike_docx(path: Path, year: int) -> dict[str, Any]:
    import docx
    from docx.shared import Pt

    paras = iter(paragraphs(year, 20, skip=5))
    d = docx.Document()
    d.add_paragraph().add_run("北方数据科技有限公司").font.size = Pt(9)
    d.add_paragraph("年度工作总结", style="Title")
    d.core_properties.title = "年度工作总结"
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    for h1, subs in (
        ("一、总体情况", ["（一）主要成绩", "（二）存在问题"]),
        ("二、下一步安排", ["（一）重点任务"]),
    ):
        p = d.add_paragraph()
        p.add_run(h1).bold = True
        headings.append({"text": h1, "level": 1})
        text = next(paras)
        d.add_paragraph(text)
        must.append(clause(text))
        for s in subs:
            p = d.add_paragraph()
            p.add_run(s).bold = True
            headings.append({"text": s, "level": 2})
            for _ in range(2):
                text = next(paras)
                d.add_paragraph(text)
            must.append(clause(text))
    d.save(str(path))
    return {"title": "年度工作总结", "headings": headings, "must_have": must[:5]}


# ----------------------------------------------------------------------- XeLaTeX


def xelatex(tex: str, pdf: Path) -> None:
    """Typeset a LaTeX source with XeLaTeX into ``pdf``."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.tex").write_text(tex, encoding="utf-8")
        for _ in range(2):  # the second run fills in the table of contents
            subprocess.run(
                ["xelatex", "-interaction=nonstopmode", "a.tex"],
                cwd=tmp,
                check=True,
                capture_output=True,
                timeout=300,
            )
        shutil.copy(Path(tmp) / "a.pdf", pdf)


def build_ctex_pdf(path: Path, year: int) -> dict[str, Any]:
    paras = iter(paragraphs(year, 20, skip=2))
    title = "稳增长与调结构的政策分析"
    secs = [
        ("引言", []),
        ("宏观政策", ["财政政策", "货币政策"]),
        ("结构改革", ["简政放权"]),
        ("结论", []),
    ]
    body: list[str] = []
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    for i, (s, subs) in enumerate(secs, 1):
        body.append(f"\\section{{{s}}}")
        headings.append({"text": f"{i} {s}", "level": 1})
        text = next(paras)
        body.append(text + ("\\footnote{数据来源：国家统计局。}" if i == 2 else ""))
        must.append(clause(text))
        for j, sub in enumerate(subs, 1):
            body.append(f"\\subsection{{{sub}}}")
            headings.append({"text": f"{i}.{j} {sub}", "level": 2})
            body.append(next(paras))
            body.append(next(paras))
    tex = (
        "\\documentclass[twoside,a4paper,zihao=-4]{ctexart}\n"
        "\\usepackage{fancyhdr}\n\\pagestyle{fancy}\\fancyhf{}\n"
        "\\fancyhead[LE]{政策研究工作论文}\\fancyhead[RO]{\\leftmark}\n\\fancyfoot[C]{\\thepage}\n"
        f"\\title{{{title}}}\\author{{张晓东}}\\date{{2024年5月}}\n"
        "\\begin{document}\\maketitle\\tableofcontents\\clearpage\n"
        + "\n\n".join(body)
        + "\n\\end{document}\n"
    )
    xelatex(tex, path)
    running = ["政策研究工作论文"]
    return {"title": title, "headings": headings, "must_have": must[:5], "running": running}


# --------------------------------------------------------------------------- OCR


def ocr(img_pdf: Path, out: Path) -> None:
    """Give a PDF of page images a Chinese text layer (``ocrmypdf -l chi_sim``)."""
    cmd = ["ocrmypdf", "-l", "chi_sim", "--output-type", "pdf", "--optimize", "0"]
    subprocess.run([*cmd, str(img_pdf), str(out)], check=True, capture_output=True, timeout=900)


def build_ocr_pdf(path: Path, year: int) -> dict[str, Any]:
    import docx
    from docx.shared import Pt

    paras = paragraphs(year, 3, skip=9)
    title = "关于推进政府职能转变的说明"
    with tempfile.TemporaryDirectory() as tmp:
        d = docx.Document()
        r = d.add_paragraph().add_run(title)
        r.font.size, r.bold = Pt(20), True
        for p in paras:
            d.add_paragraph(p).paragraph_format.first_line_indent = Pt(24)
        src_docx = Path(tmp) / "src.docx"
        d.save(str(src_docx))
        src = lo_pdf(src_docx, Path(tmp))
        subprocess.run(
            ["pdftoppm", "-r", "200", "-png", str(src), str(Path(tmp) / "pg")],
            check=True,
            timeout=120,
        )
        png = sorted(Path(tmp).glob("pg*.png"))[0]
        img_pdf = Path(tmp) / "img.pdf"
        from PIL import Image

        Image.open(png).convert("RGB").save(img_pdf, resolution=200.0)
        ocr(img_pdf, path)
    return {"title": title, "headings": [], "must_have": [clause(p) for p in paras]}


# -------------------------------------------------------------------------- HTML


def build_news_html(path: Path, year: int) -> dict[str, Any]:
    paras = paragraphs(year, 9, skip=12)
    title = "政府工作报告解读：稳中求进的发展路径"
    subheads = ["就业优先", "民生改善", "改革攻坚"]
    parts = []
    for i, s in enumerate(subheads):
        parts.append(f"<p><strong>{s}</strong></p>")
        for p in paras[3 * i : 3 * i + 3]:
            parts.append(f"<p>{p}</p>")
        if i == 0:
            parts.append('<p style="text-align:center"><img src="photo1.jpg" alt=""></p>')
            parts.append(
                '<p style="text-align:center">3月5日，代表们在人民大会堂认真听取报告 记者 王涛 摄</p>'
            )
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}_时政频道_东方新闻网</title>
<meta property="og:title" content="{title}">
<meta name="author" content="赵敏"><meta name="publishdate" content="2017-03-06">
</head><body>
<div class="nav"><a href="/">首页</a> | <a href="/sz/">时政</a> | <a href="/cj/">财经</a> | <a href="/sh/">社会</a></div>
<div class="main"><div class="article">
<h1>{title}</h1>
<div class="info">2017-03-06 08:30　来源：东方新闻网　作者：赵敏</div>
<div class="content">
{chr(10).join(parts)}
<p class="editor">（责任编辑：孙丽）</p>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/a/1.html">两会特别报道：代表委员热议民生话题</a></li>
<li><a href="/a/2.html">图解：一图读懂政府工作报告</a></li></ul></div>
</div>
<div class="sidebar"><h3>热点排行</h3><ol><li><a href="/b/1.html">全国两会新闻中心开放</a></li></ol></div></div>
<div class="footer">关于我们 | 联系方式 | 版权所有 东方新闻网 ICP备案号 京ICP备12345678号</div>
</body></html>
"""
    path.write_text(html, encoding="utf-8")
    return {
        "title": title,
        "headings": [{"text": s, "level": 1} for s in subheads],
        "must_have": [clause(p) for p in (paras[0], paras[2], paras[4], paras[6], paras[8])],
        "must_not_have": ["一图读懂政府工作报告", "版权所有 东方新闻网", "全国两会新闻中心开放"],
    }


def build_encyclopedia_html(path: Path, year: int) -> dict[str, Any]:
    paras = paragraphs(year, 8, skip=20)
    title = "政府工作报告"
    lead = "政府工作报告是政府向本级人民代表大会所作的年度工作报告，回顾上一年的工作，部署新一年的任务。"
    secs = [("历史沿革", []), ("主要内容", ["工作回顾", "年度任务"]), ("审议程序", [])]
    body = []
    headings: list[dict[str, Any]] = []
    k = 0
    for s, subs in secs:
        body.append(
            f'<div class="para-title level-2"><h2 class="title-text"><span class="prefix">{title}</span>{s}</h2></div>'
        )
        headings.append({"text": f"{title}{s}", "level": 1})
        body.append(f'<div class="para">{paras[k]}</div>')
        k += 1
        for sub in subs:
            body.append(f'<div class="para-title level-3"><h3 class="title-text">{sub}</h3></div>')
            headings.append({"text": sub, "level": 2})
            body.append(f'<div class="para">{paras[k]}</div>')
            k += 1
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_百科知识网</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/fenlei">分类</a> <a href="/login">登录</a></div>
<div class="main-content">
<h1>{title}</h1>
<div class="lemma-summary"><div class="para">{lead}</div></div>
<div class="basic-info"><h2>基本信息</h2><dl><dt>中文名</dt><dd>{title}</dd><dt>性质</dt><dd>政府公文</dd></dl></div>
{chr(10).join(body)}
<div class="references"><h2>参考资料</h2><ol><li>中国政府网</li></ol></div>
</div>
<div class="footer">©2024 百科知识网 使用前必读 百科协议</div>
</body></html>
"""
    path.write_text(html, encoding="utf-8")
    return {
        "title": title,
        "headings": headings,
        "must_have": [clause(p) for p in (paras[0], paras[1], paras[2], paras[3], paras[4])],
        "must_not_have": ["使用前必读"],
    }


def write_gold(path: Path, gold: dict[str, Any]) -> None:
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "data" / "realdocs-made")
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    golds: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "m01_lo_report.docx"
        g = build_report_docx(src, 2016)
        shutil.copy(lo_pdf(src, Path(tmp)), docs / "m01_lo_report.pdf")
        golds["m01_lo_report.pdf"] = {
            "title": TITLE,
            **g,
            "running": ["北方大学硕士专业学位研究生调研报告"],
            "must_not_have": ["2101110234"],
            "note": "cover fields are metadata; the TOC page is not headings nor body",
        }
    golds["m02_wordlike.docx"] = build_wordlike_docx(docs / "m02_wordlike.docx", 2014)
    golds["m03_ctex_article.pdf"] = build_ctex_pdf(docs / "m03_ctex_article.pdf", 2015)
    golds["m04_ocr_scan.pdf"] = build_ocr_pdf(docs / "m04_ocr_scan.pdf", 2013)
    golds["m05_news_page.html"] = build_news_html(docs / "m05_news_page.html", 2017)
    golds["m06_encyclopedia.html"] = build_encyclopedia_html(docs / "m06_encyclopedia.html", 2017)
    for name, g in golds.items():
        g.setdefault("running", [])
        g.setdefault("must_not_have", [])
        g.setdefault("title", None)
        write_gold(gold / f"{name}.json", g)
    print(f"made {len(golds)} documents in {docs}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
