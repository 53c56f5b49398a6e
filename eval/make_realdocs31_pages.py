# ruff: noqa: E501  (HTML templates and SOURCE.md rows are kept on one line each)
"""Make the web pages o07-o12 of ``realdocs-made31`` and their gold.

A thirty-first set of development documents, made blind (without looking at the readers
or running them); the other documents of the set come from their own maker. This half
is about DOCUMENTATION SITES AND CODE-HOSTING PAGES as a crawler stores them (the raw
HTML a server sends, with its scripts, styles, navigation, sidebars and footers), after
the layouts of static-site generators and sites the earlier sets lack: a Sphinx book in
the Read-the-Docs theme, a VuePress 1.x guide page, an MkDocs Material page, a
Gitee-like repository page showing its rendered README.md, a versioned Docusaurus 2 doc
page and a Hexo blog post in the NexT theme. The texts come only from the public
government work reports 2013-2017 (``../shared/data/gov-work-reports``), whole
paragraphs, long ones cut to their first sentences at sentence ends (titles, headings,
admonitions, code, table cells, labels, names, dates and furniture are written here;
people, places, organisations, repositories and sites are made up; the markup follows
general knowledge of how these generators build pages, not any real file or page):

- ``o07_sphinx_rtd_headerlink_gbk.html`` (gwr 2015, GBK under ``<meta charset="gbk" />``,
  as Sphinx writes with ``html_output_encoding = 'gbk'``: characters GBK lacks, ``¶``
  and ``©``, as character references): one chapter of a handbook in the
  Read-the-Docs theme: side menu with ``p.caption[role=heading]`` captions and the
  toctree repeating the chapter's numbered heads, breadcrumbs with 在 GitHub 上编辑,
  ``<h1>``/``<h2>``/``<h3>`` with ``span.section-number`` (``3.``, ``3.1.``,
  ``3.1.1.``) and ``a.headerlink`` ``¶`` after the text, a 备注 and a 警告 admonition,
  a table with its caption, a code block with a caption, 上一页/下一页 buttons,
  copyright with 最后更新于, 利用 Sphinx 构建 line and the version flyout;
- ``o08_vuepress_guide_custom_blocks.html`` (gwr 2016, UTF-8): a VuePress 1.9 default
  theme page as its server-side render: navbar (repeated in the sidebar for mobile),
  sidebar with the page's ``sidebar-sub-headers`` repeating its ``<h2>``s, headings
  with ``a.header-anchor`` ``#`` before the text, custom blocks 提示/注意/警告 and one
  with its own title (``p.custom-block-title``), ``div.language-bash`` code with line
  numbers, 在 Gitee 上编辑此页, 上次更新, ``←``/``→`` page links;
- ``o09_mkdocs_material_tabs_admonitions.html`` (gwr 2014, UTF-8): an MkDocs
  Material 8 page: header topic repeating site and page title, nav tabs, primary nav
  with the page's TOC nested, the secondary 目录 TOC, ``<h1>``-``<h3>`` with
  ``a.headerlink`` ``¶`` (ids ``_1``, ``_2``… as Python-Markdown slugs Chinese),
  admonition 说明 and a collapsible ``<details>``, content tabs with code, a table,
  最后更新 line, 上一页/下一页 footer links, Made with Material for MkDocs;
- ``o10_gitee_repo_readme_badges.html`` (gwr 2017, UTF-8): a Gitee-like repository
  page: ``<title>`` ``policy-kb: description``, repo header with Star/Fork/Watch counts,
  tabs, branch and 克隆/下载 buttons, the file list with commit messages; the rendered
  README.md whose ``<h1>`` (the title) follows a row of shields badges, ``<h2>``/``<h3>``
  with empty ``a.anchor`` links, code blocks, a table, the 参与贡献 list; right column
  with 介绍, licence, 发行版, 贡献者, 语言; footer;
- ``o11_docusaurus_versioned_hash_links.html`` (gwr 2017, UTF-8): a Docusaurus 2 doc
  page of an old version: unmaintained-version banner, breadcrumbs, 版本：1.x badge,
  ``<h1>`` in the article header, ``<h2>``/``<h3>``/``<h4>`` with a ``a.hash-link``
  holding a zero-width space (``#`` drawn by CSS), admonitions 提示 and one with its
  own title, tabs with code blocks with titles and 复制 buttons, 编辑此页 and 最后由…更新,
  pagination, right TOC, left sidebar;
- ``o12_hexo_next_post_link_anchors.html`` (gwr 2013, UTF-8): a Hexo blog post in the
  NexT 7 theme with markdown-it anchors ``🔗`` after the heading text: site header and
  menu, post meta (发表于/更新于/分类于/阅读次数/本文字数/阅读时长), a ``note info``
  box, ``<h2>``/``<h3>`` heads, the ``post-copyright`` box, 赞赏 box, ``#`` tags,
  previous/next post links, the sidebar's 文章目录 with ``nav-number`` numbers the
  heads lack, 站点概览, footer with 由 Hexo & NexT.Gemini 强力驱动.

Gold is written from what each builder put in the page, decided as a reader reads it in
a browser, never from reader output; every gold string is checked against the text the
page shows (tags removed, head, scripts, styles and comments left out), and with
``--chromium`` against the text of the DOM Chromium builds from each page (``chromium
--headless --dump-dom``; run when the pages were made). Only the standard library is
needed (a bare venv: ``python3 -m venv /tmp/m31b-venv``). Re-running writes the same
bytes:

    /tmp/m31b-venv/bin/python eval/make_realdocs31_pages.py [--out eval/data/realdocs-made31] [--only o07 ...] [--chromium] [--rows FILE] [--source]

``--rows FILE`` writes this half's SOURCE.md rows to FILE; ``--source`` puts them into
``<out>/SOURCE.md`` (kept in file order) as the earlier makers do.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs2_pages as pages2
import make_realdocs20_pages as prev20
import make_realdocs22_pages as prev22
import make_realdocs29_pages as prev29
import make_realdocs30_pages as prev30

MINE = ("o07_", "o08_", "o09_", "o10_", "o11_", "o12_")
Gold = dict[str, Any]
esc = prev20.esc
paras = prev29.paras
make_gold = prev30.make_gold
ZWSP = "\u200b"


def uid(*parts: object) -> str:
    """A stable hex id for the made pages."""
    return prev22.uid("realdocs31", *parts)


# ------------------------------------------- o07 Sphinx, Read-the-Docs theme, GBK

O07_YEAR = 2015
O07_BOOK = "东川市政务服务标准化手册"
O07_VERSION = "2.3"
O07_CHAPTER = "深化行政体制改革"
O07_TITLE = f"3. {O07_CHAPTER}"
# (level, number, head, paragraphs)
O07_SECTIONS: tuple[tuple[int, str, str, tuple[tuple[str, int, int], ...]], ...] = (
    (1, "3.1.", "简政放权与放管结合", (("三、", 2, 4),)),
    (2, "3.1.1.", "投融资体制改革", (("三、", 3, 0),)),
    (2, "3.1.2.", "价格改革", (("三、", 4, 3),)),
    (1, "3.2.", "财税与金融改革", (("三、", 5, 3),)),
    (2, "3.2.1.", "服务实体经济的金融改革", (("三、", 6, 3),)),
    (1, "3.3.", "国有企业改革", (("三、", 7, 3),)),
    (1, "3.4.", "政府自身建设", (("六、", 1, 3), ("六、", 2, 0))),
)
O07_OTHER = (
    ("1. 手册说明", "chapter1.html"),
    ("2. 总体要求", "chapter2.html"),
    (O07_TITLE, "#"),
    ("4. 优化公共服务", "chapter4.html"),
    ("5. 监督与评价", "chapter5.html"),
)
O07_EDIT = "在 GitHub 上编辑"
O07_COPY = "版权所有 2015, 东川市政务服务管理办公室。"
O07_UPDATED = "最后更新于 2015年03月20日。"
O07_BUILT = "利用 Sphinx 构建，使用了 主题 由 Read the Docs开发."
O07_NOTE = "本节所列事项以东川市人民政府公布的权力清单和责任清单为准，清单调整时本手册随之更新。"
O07_WARN = "价格目录调整期间，各部门不得自行出台涉企收费项目。"
O07_TABLE = (
    ("取消和下放审批事项", "市编办", "2015年6月"),
    ("商事登记“三证合一”", "市工商局", "2015年9月"),
    ("投资项目网上并联核准", "市发展改革委", "2015年12月"),
)
O07_CODE = '{\n    "item_code": "DC-XK-0312",\n    "item_name": "企业投资项目核准",\n    "department": "市发展改革委",\n    "legal_basis": ["企业投资项目核准和备案管理条例"],\n    "time_limit_days": 20\n}'


def build_sphinx(path: Path) -> Gold:
    body = [*paras(O07_YEAR, (("三、", 0, 0),))]
    heads: list[tuple[str, int]] = []
    parts: list[str] = [
        f'<section id="id1">\n<h1><span class="section-number">3. </span>{esc(O07_CHAPTER)}<a class="headerlink" href="#id1" title="永久链接至标题">¶</a></h1>',
        f"<p>{esc(body[0])}</p>",
    ]
    open_levels: list[int] = []
    toc: list[tuple[int, str, str]] = []
    for k, (level, num, head, refs) in enumerate(O07_SECTIONS):
        sid = f"id{k + 2}"
        while open_levels and open_levels[-1] >= level:
            parts.append("</section>")
            open_levels.pop()
        open_levels.append(level)
        heads.append((f"{num} {head}", level))
        toc.append((level, sid, f"{num} {head}"))
        parts.append(
            f'<section id="{sid}">\n<h{level + 1}><span class="section-number">{num} </span>{esc(head)}<a class="headerlink" href="#{sid}" title="永久链接至标题">¶</a></h{level + 1}>'
        )
        texts = paras(O07_YEAR, refs)
        body.extend(texts)
        for t in texts:
            parts.append(f"<p>{esc(t)}</p>")
        if k == 0:
            parts.append(
                f'<div class="admonition note">\n<p class="admonition-title">备注</p>\n<p>{esc(O07_NOTE)}</p>\n</div>'
            )
            rows = "\n".join(
                f'<tr class="row-{"odd" if i % 2 == 0 else "even"}"><td><p>{esc(a)}</p></td>\n<td><p>{esc(b)}</p></td>\n<td><p>{esc(c)}</p></td>\n</tr>'
                for i, (a, b, c) in enumerate(O07_TABLE)
            )
            parts.append(
                '<table class="docutils align-default" id="id20">\n<caption><span class="caption-number">表 3.1 </span><span class="caption-text">2015年简政放权重点事项</span><a class="headerlink" href="#id20" title="永久链接至表格">¶</a></caption>\n'
                '<colgroup>\n<col style="width: 45%" />\n<col style="width: 30%" />\n<col style="width: 25%" />\n</colgroup>\n'
                '<thead>\n<tr class="row-odd"><th class="head"><p>事项</p></th>\n<th class="head"><p>牵头单位</p></th>\n<th class="head"><p>完成时限</p></th>\n</tr>\n</thead>\n'
                f"<tbody>\n{rows}\n</tbody>\n</table>"
            )
        if k == 1:
            parts.append(
                '<div class="literal-block-wrapper docutils container" id="id21">\n<div class="code-block-caption"><span class="caption-number">代码 3.1 </span><span class="caption-text">权力清单条目的数据格式</span><a class="headerlink" href="#id21" title="永久链接至代码">¶</a></div>\n'
                f'<div class="highlight-json notranslate"><div class="highlight"><pre><span></span>{esc(O07_CODE)}\n</pre></div>\n</div>\n</div>'
            )
        if k == 2:
            parts.append(
                f'<div class="admonition warning">\n<p class="admonition-title">警告</p>\n<p>{esc(O07_WARN)}</p>\n</div>'
            )
    parts.extend("</section>" for _ in open_levels)
    parts.append("</section>")
    content = "\n".join(parts)
    sub: list[str] = []
    for i, (level, sid, text) in enumerate(toc):
        nxt = toc[i + 1][0] if i + 1 < len(toc) else 1
        item = f'<li class="toctree-l{level + 1}"><a class="reference internal" href="#{sid}">{esc(text)}</a>'
        if nxt > level:
            sub.append(item + "<ul>")
        else:
            sub.append(item + "</li>")
            if level == 2 and nxt == 1:
                sub.append("</ul>\n</li>")
    menu = "\n".join(
        f'<li class="toctree-l1 current"><a class="current reference internal" href="#">{esc(t)}</a><ul>\n'
        + "\n".join(sub)
        + "\n</ul>\n</li>"
        if href == "#"
        else f'<li class="toctree-l1"><a class="reference internal" href="{href}">{esc(t)}</a></li>'
        for t, href in O07_OTHER
    )
    gh = "https://github.com/dcgov-docs/zwfw-handbook"
    page = f"""<!DOCTYPE html>
<html class="writer-html5" lang="zh-CN" >
<head>
  <meta charset="gbk" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />

  <title>{esc(O07_CHAPTER)} &mdash; {O07_BOOK} {O07_VERSION} 文档</title>
      <link rel="stylesheet" href="../_static/pygments.css" type="text/css" />
      <link rel="stylesheet" href="../_static/css/theme.css" type="text/css" />
  <!--[if lt IE 9]>
    <script src="../_static/js/html5shiv.min.js"></script>
  <![endif]-->
        <script data-url_root="../" id="documentation_options" src="../_static/documentation_options.js"></script>
        <script src="../_static/jquery.js"></script>
        <script src="../_static/underscore.js"></script>
        <script src="../_static/_sphinx_javascript_frameworks_compat.js"></script>
        <script src="../_static/doctools.js"></script>
        <script src="../_static/translations.js"></script>
    <script src="../_static/js/theme.js"></script>
    <link rel="index" title="索引" href="../genindex.html" />
    <link rel="search" title="搜索" href="../search.html" />
    <link rel="next" title="4. 优化公共服务" href="chapter4.html" />
    <link rel="prev" title="2. 总体要求" href="chapter2.html" />
</head>

<body class="wy-body-for-nav">
  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side">
      <div class="wy-side-scroll">
        <div class="wy-side-nav-search" >
            <a href="../index.html" class="icon icon-home"> {O07_BOOK}
          </a>
              <div class="version">
                {O07_VERSION}
              </div>
<div role="search">
  <form id="rtd-search-form" class="wy-form" action="../search.html" method="get">
    <input type="text" name="q" placeholder="搜索文档" aria-label="搜索文档" />
    <input type="hidden" name="check_keywords" value="yes" />
    <input type="hidden" name="area" value="default" />
  </form>
</div>
        </div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
              <p class="caption" role="heading"><span class="caption-text">手册正文</span></p>
<ul class="current">
{menu}
</ul>
<p class="caption" role="heading"><span class="caption-text">附录</span></p>
<ul>
<li class="toctree-l1"><a class="reference internal" href="appendix-a.html">附录A 政务服务事项目录</a></li>
<li class="toctree-l1"><a class="reference internal" href="appendix-b.html">附录B 术语表</a></li>
</ul>

        </div>
      </div>
    </nav>

    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu" >
          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
          <a href="../index.html">{O07_BOOK}</a>
      </nav>

      <div class="wy-nav-content">
        <div class="rst-content">
          <div role="navigation" aria-label="Page navigation">
  <ul class="wy-breadcrumbs">
      <li><a href="../index.html" class="icon icon-home"></a> &raquo;</li>
      <li><span class="section-number">3. </span>{esc(O07_CHAPTER)}</li>
      <li class="wy-breadcrumbs-aside">
            <a href="{gh}/blob/master/docs/chapters/chapter3.rst" class="fa fa-github"> {O07_EDIT}</a>
      </li>
  </ul>
  <hr/>
</div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
           <div itemprop="articleBody">

{content}


           </div>
          </div>
          <footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">
        <a href="chapter2.html" class="btn btn-neutral float-left" title="2. 总体要求" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> 上一页</a>
        <a href="chapter4.html" class="btn btn-neutral float-right" title="4. 优化公共服务" accesskey="n" rel="next">下一页 <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a>
    </div>

  <hr/>

  <div role="contentinfo">
    <p>&#169; {O07_COPY}
      <span class="lastupdated">{O07_UPDATED}
      </span></p>
  </div>

  利用 <a href="https://www.sphinx-doc.org/">Sphinx</a> 构建，使用了
    <a href="https://github.com/readthedocs/sphinx_rtd_theme">主题</a>
    由 <a href="https://readthedocs.org">Read the Docs</a>开发.


</footer>
        </div>
      </div>
    </section>
  </div>
  <div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions">
    <span class="rst-current-version" data-toggle="rst-current-version">
        <span class="fa fa-book"> Read the Docs</span>
      v: {O07_VERSION}
      <span class="fa fa-caret-down"></span>
    </span>
    <div class="rst-other-versions">
      <dl>
        <dt>版本</dt>
          <dd><a href="/zh_CN/latest/">latest</a></dd>
          <dd><a href="/zh_CN/2.3/">2.3</a></dd>
          <dd><a href="/zh_CN/2.2/">2.2</a></dd>
      </dl>
      <dl>
        <dt>下载</dt>
          <dd><a href="//readthedocs.example/projects/zwfw-handbook/downloads/pdf/2.3/">pdf</a></dd>
          <dd><a href="//readthedocs.example/projects/zwfw-handbook/downloads/epub/2.3/">epub</a></dd>
      </dl>
    </div>
  </div>
  <script>
      jQuery(function () {{
          SphinxRtdTheme.Navigation.enable(true);
      }});
  </script>
</body>
</html>"""
    path.write_bytes(page.encode("gbk", errors="xmlcharrefreplace"))
    return make_gold(
        page,
        O07_TITLE,
        heads,
        body,
        (0, 1, 3, 5, 7, 8),
        [O07_EDIT, O07_COPY, O07_UPDATED, O07_BUILT, f"Read the Docs v: {O07_VERSION}"],
        "one chapter of a handbook built by Sphinx in the Read-the-Docs theme (handbook, "
        'office, repository made up), GBK bytes under <meta charset="gbk" /> (Sphinx\'s '
        "html_output_encoding; ¶ and © written as character references): the title is "
        "the <h1> as printed with its section number, 3. 深化行政体制改革 (<title> holds it "
        "without the number before — 东川市政务服务标准化手册 2.3 文档; the breadcrumbs "
        "repeat it); <h2> 3.1. … and <h3> 3.1.1. … are levels 1 and 2, their "
        "span.section-number kept in the text and the a.headerlink ¶ after them not; the "
        "side menu (captions 手册正文/附录 with role=heading, the toctree repeating every "
        "head) is navigation, not headings; the 备注 and 警告 admonitions (titles not "
        "headings, texts written here) are unscored, so are the table 表 3.1 with its "
        "caption and the code block 代码 3.1 with its caption; not body: the search box, "
        "breadcrumbs and 在 GitHub 上编辑, 上一页/下一页 buttons, the copyright line with "
        "最后更新于…, the 利用 Sphinx 构建… line and the Read the Docs version flyout",
    )


# --------------------------------------------------- o08 VuePress 1.x guide page

O08_YEAR = 2016
O08_SITE = "东川企业服务平台"
O08_TITLE = "惠企政策申报指南"
# (level, head, paragraphs, block after the text or "")
O08_SECTIONS: tuple[tuple[int, str, tuple[tuple[str, int, int], ...], str], ...] = (
    (1, "政策背景", (("（二）", 1, 3),), "tip"),
    (1, "支持范围", (), ""),
    (2, "创业创新", (("（二）", 2, 3),), ""),
    (2, "降本增效", (("（二）", 3, 0),), "warning"),
    (2, "非公有制企业", (("（二）", 6, 0),), ""),
    (1, "财税支持", (("（一）", 2, 3), ("（一）", 3, 3)), "titled"),
    (1, "申报流程", (("（二）", 4, 2),), "code"),
)
O08_TIP = "本页所称企业，是指在东川市依法登记注册、具有独立法人资格的各类企业。"
O08_WARN = "同一项目不得重复申报市级同类专项资金，一经发现取消当年申报资格。"
O08_TITLED = ("申报时间", "2016年度项目集中受理时间为4月1日至5月31日，逾期系统不再受理。")
O08_DANGER = "申报材料须真实有效，弄虚作假的企业将被列入失信名单。"
O08_CODE = "# 下载申报工具并登录\nnpm install -g dcqf-cli\ndcqf login --org 91370100MA3C000000\ndcqf apply --policy 2016-cxcy --file ./材料.zip"
O08_EDIT = "在 Gitee 上编辑此页"
O08_UPDATED = "上次更新: 2016/3/28 下午3:42:10"
O08_PREV = "注册与登录"
O08_NEXT = "接口调用说明"


def vp_id(text: str) -> str:
    return text


def build_vuepress(path: Path) -> Gold:
    body = paras(O08_YEAR, (("（二）", 0, 0),))
    parts = [
        f'<h1 id="{vp_id(O08_TITLE)}"><a href="#{vp_id(O08_TITLE)}" class="header-anchor">#</a> {esc(O08_TITLE)}</h1> <p>{esc(body[0])}</p>'
    ]
    heads: list[tuple[str, int]] = []
    sub: list[str] = []
    for level, head, refs, block in O08_SECTIONS:
        heads.append((head, level))
        hid = vp_id(head)
        parts.append(
            f'<h{level + 1} id="{hid}"><a href="#{hid}" class="header-anchor">#</a> {esc(head)}</h{level + 1}>'
        )
        if level == 1:
            sub.append(
                f'<li class="sidebar-sub-header"><a href="/guide/policy.html#{hid}" class="sidebar-link">{esc(head)}</a></li>'
            )
        texts = paras(O08_YEAR, refs)
        body.extend(texts)
        parts.extend(f"<p>{esc(t)}</p>" for t in texts)
        if block == "tip":
            parts.append(
                f'<div class="custom-block tip"><p class="custom-block-title">提示</p> <p>{esc(O08_TIP)}</p></div>'
            )
        elif block == "warning":
            parts.append(
                f'<div class="custom-block warning"><p class="custom-block-title">注意</p> <p>{esc(O08_WARN)}</p></div>'
            )
        elif block == "titled":
            parts.append(
                f'<div class="custom-block tip"><p class="custom-block-title">{esc(O08_TITLED[0])}</p> <p>{esc(O08_TITLED[1])}</p></div>'
            )
        elif block == "code":
            lines = O08_CODE.split("\n")
            nums = "<br>".join(
                f'<span class="line-number">{i + 1}</span>' for i in range(len(lines))
            )
            parts.append(
                "<ol><li>登录东川企业服务平台，完善企业基本信息；</li> <li>选择对应政策，在线填写申报书并上传材料；</li> <li>提交后等待主管部门审核。</li></ol> "
                "<p>也可以使用命令行工具批量提交：</p> "
                f'<div class="language-bash line-numbers-mode"><pre class="language-bash"><code>{esc(O08_CODE)}\n</code></pre> <div class="line-numbers-wrapper">{nums}<br></div></div>'
                f'<div class="custom-block danger"><p class="custom-block-title">警告</p> <p>{esc(O08_DANGER)}</p></div>'
            )
    content = " ".join(parts)
    subs = "".join(sub)
    navlinks = (
        '<div class="nav-item"><a href="/" class="nav-link">首页</a></div>'
        '<div class="nav-item"><a href="/guide/" class="nav-link router-link-active">指南</a></div>'
        '<div class="nav-item"><a href="/api/" class="nav-link">接口</a></div>'
        '<div class="nav-item"><a href="/changelog.html" class="nav-link">更新日志</a></div> '
        '<a href="https://gitee.com/dcqf/docs" target="_blank" rel="noopener noreferrer" class="repo-link">Gitee <span><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" x="0px" y="0px" viewBox="0 0 100 100" width="15" height="15" class="icon outbound"><path fill="currentColor" d="M18.8,85.1h56l0,0c2.2,0,4-1.8,4-4v-32h-8v28h-48v-48h28v-8h-32l0,0c-2.2,0-4,1.8-4,4v56C14.8,83.3,16.6,85.1,18.8,85.1z"></path></svg> <span class="sr-only">(opens new window)</span></span></a>'
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{esc(O08_TITLE)} | {O08_SITE}</title>
    <meta name="generator" content="VuePress 1.9.7">
    <meta name="description" content="{O08_SITE}使用文档">
    <link rel="preload" href="/assets/css/0.styles.4a1d0f3e.css" as="style"><link rel="preload" href="/assets/js/app.9c2e51b7.js" as="script"><link rel="preload" href="/assets/js/2.5e6f7a8b.js" as="script"><link rel="preload" href="/assets/js/12.0d3c44a1.js" as="script">
    <link rel="stylesheet" href="/assets/css/0.styles.4a1d0f3e.css">
  </head>
  <body>
    <div id="app" data-server-rendered="true"><div class="theme-container"><header class="navbar"><div class="sidebar-button"><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" role="img" viewBox="0 0 448 512" class="icon"><path fill="currentColor" d="M436 124H12c-6.627 0-12-5.373-12-12V80c0-6.627 5.373-12 12-12h424c6.627 0 12 5.373 12 12v32c0 6.627-5.373 12-12 12z"></path></svg></div> <a href="/" class="home-link router-link-active"><img src="/logo.png" alt="{O08_SITE}" class="logo"> <span class="site-name can-hide">{O08_SITE}</span></a> <div class="links"><div class="search-box"><input aria-label="Search" autocomplete="off" spellcheck="false" value=""> <!----></div> <nav class="nav-links can-hide">{navlinks}</nav></div></header> <div class="sidebar-mask"></div> <aside class="sidebar"><nav class="nav-links">{navlinks}</nav>  <ul class="sidebar-links"><li><section class="sidebar-group depth-0"><p class="sidebar-heading open"><span>使用指南</span> <!----></p> <ul class="sidebar-links sidebar-group-items"><li><a href="/guide/" class="sidebar-link">介绍</a></li><li><a href="/guide/account.html" class="sidebar-link">{O08_PREV}</a></li><li><a href="/guide/policy.html" aria-current="page" class="active sidebar-link">{esc(O08_TITLE)}</a><ul class="sidebar-sub-headers">{subs}</ul></li><li><a href="/guide/api.html" class="sidebar-link">{O08_NEXT}</a></li><li><a href="/guide/faq.html" class="sidebar-link">常见问题</a></li></ul></section></li></ul> </aside> <main class="page"> <div class="theme-default-content content__default">{content}</div> <footer class="page-edit"><div class="edit-link"><a href="https://gitee.com/dcqf/docs/edit/master/docs/guide/policy.md" target="_blank" rel="noopener noreferrer">{O08_EDIT}</a> <span><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" x="0px" y="0px" viewBox="0 0 100 100" width="15" height="15" class="icon outbound"><path fill="currentColor" d="M18.8,85.1h56l0,0c2.2,0,4-1.8,4-4v-32h-8v28h-48v-48h28v-8h-32l0,0c-2.2,0-4,1.8-4,4v56C14.8,83.3,16.6,85.1,18.8,85.1z"></path></svg> <span class="sr-only">(opens new window)</span></span></div> <div class="last-updated"><span class="prefix">上次更新:</span> <span class="time">2016/3/28 下午3:42:10</span></div></footer> <div class="page-nav"><p class="inner"><span class="prev">
      ←
      <a href="/guide/account.html" class="prev">
        {O08_PREV}
      </a></span> <span class="next"><a href="/guide/api.html">
        {O08_NEXT}
      </a>
      →
    </span></p></div> </main></div><div class="global-ui"></div></div>
    <script src="/assets/js/app.9c2e51b7.js" defer></script><script src="/assets/js/2.5e6f7a8b.js" defer></script><script src="/assets/js/12.0d3c44a1.js" defer></script>
  </body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        O08_TITLE,
        heads,
        body,
        (0, 1, 3, 4, 6, 7),
        [O08_EDIT, O08_UPDATED, "(opens new window)", f"← {O08_PREV}", f"{O08_NEXT} →"],
        "a guide page of a VuePress 1.9 default-theme site as its server render (site, "
        "organisation, repository made up): the title is the <h1> 惠企政策申报指南 (also "
        "<title> before | 东川企业服务平台 and the active sidebar link); every heading "
        "starts with an a.header-anchor # before the text (not part of the heading "
        "text); <h2>s are level 1, <h3>s (创业创新, 降本增效, 非公有制企业 under 支持范围, "
        "which has no text of its own) level 2; the paragraph after the <h1> is body; "
        "the custom blocks 提示/注意/警告 and the one titled 申报时间 (p.custom-block-title: "
        "not headings) hold text written here, unscored, as are the ordered steps, the "
        "line before the code and the bash code with its line numbers; not body: navbar "
        "(repeated in the sidebar for mobile), search box, sidebar with the page's "
        "sidebar-sub-headers repeating the <h2>s, 在 Gitee 上编辑此页 with its (opens new "
        "window) label, 上次更新 line, the ← 注册与登录 / 接口调用说明 → page links",
    )


# ----------------------------------------------- o09 MkDocs Material 8 page

O09_YEAR = 2014
O09_SITE = "东川新型城镇化建设指南"
O09_TITLE = "推进以人为核心的新型城镇化"
O09_SECTIONS: tuple[tuple[int, str, tuple[tuple[str, int, int], ...], str], ...] = (
    (1, "农业转移人口市民化", (("（五）", 1, 3),), "note"),
    (1, "中西部地区城镇化", (("（五）", 2, 0),), ""),
    (1, "城镇化管理创新", (("（五）", 3, 3),), "tabs"),
    (2, "培育区域经济带", (("（三）", 3, 3),), ""),
    (1, "绿色低碳发展", (), ""),
    (2, "能源生产和消费", (("（九）", 1, 0),), "details"),
    (2, "生态保护与建设", (("（九）", 2, 3),), "table"),
)
O09_NOTE = (
    "本页数据口径与《东川市新型城镇化规划（2014—2020年）》一致，人口数据以公安部门户籍统计为准。"
)
O09_DETAILS = ("指标说明", "能源消耗强度指单位地区生产总值能源消费量，按2010年可比价计算。")
O09_PY = 'import requests\n\nresp = requests.get(\n    "https://data.dongchuan.example/api/v1/urbanization",\n    params={"year": 2014, "district": "all"},\n)\nprint(resp.json()["items"][:3])'
O09_SH = 'curl -s "https://data.dongchuan.example/api/v1/urbanization?year=2014&district=all"'
O09_TABLE = (
    ("退耕还林还草", "万亩", "12.5"),
    ("水土流失治理", "平方公里", "86"),
    ("湿地恢复", "公顷", "340"),
)
O09_UPDATED = "最后更新: 2014年3月25日"
O09_COPY = "Copyright © 2014 东川市住房和城乡建设局"
O09_MADE = "Made with Material for MkDocs"
O09_PREV = "总体规划"
O09_NEXT = "棚户区改造"
O09_PAGES = ("首页", O09_PREV, O09_TITLE, O09_NEXT, "数据接口")


def build_mkdocs(path: Path) -> Gold:
    body = paras(O09_YEAR, (("（五）", 0, 2),))
    parts = [
        f'<h1 id="_1">{esc(O09_TITLE)}<a class="headerlink" href="#_1" title="Permanent link">&para;</a></h1>',
        f"<p>{esc(body[0])}</p>",
    ]
    heads: list[tuple[str, int]] = []
    toc_items: list[tuple[int, str, str]] = []
    for k, (level, head, refs, block) in enumerate(O09_SECTIONS):
        hid = f"_{k + 2}"
        heads.append((head, level))
        toc_items.append((level, hid, head))
        parts.append(
            f'<h{level + 1} id="{hid}">{esc(head)}<a class="headerlink" href="#{hid}" title="Permanent link">&para;</a></h{level + 1}>'
        )
        texts = paras(O09_YEAR, refs)
        body.extend(texts)
        parts.extend(f"<p>{esc(t)}</p>" for t in texts)
        if block == "note":
            parts.append(
                f'<div class="admonition note">\n<p class="admonition-title">说明</p>\n<p>{esc(O09_NOTE)}</p>\n</div>'
            )
        elif block == "tabs":
            parts.append(
                "<p>各区县城镇化指标可通过数据接口获取：</p>\n"
                '<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio" /><input id="__tabbed_1_2" name="__tabbed_1" type="radio" /><div class="tabbed-labels"><label for="__tabbed_1_1">Python</label><label for="__tabbed_1_2">命令行</label></div>\n<div class="tabbed-content">\n'
                f'<div class="tabbed-block">\n<div class="highlight"><span class="filename">fetch.py</span><pre><span></span><code>{esc(O09_PY)}\n</code></pre></div>\n</div>\n'
                f'<div class="tabbed-block">\n<div class="highlight"><pre><span></span><code>{esc(O09_SH)}\n</code></pre></div>\n</div>\n</div>\n</div>'
            )
        elif block == "details":
            parts.append(
                f'<details class="tip">\n<summary>{esc(O09_DETAILS[0])}</summary>\n<p>{esc(O09_DETAILS[1])}</p>\n</details>'
            )
        elif block == "table":
            rows = "\n".join(
                f"<tr>\n<td>{esc(a)}</td>\n<td>{esc(b)}</td>\n<td>{esc(c)}</td>\n</tr>"
                for a, b, c in O09_TABLE
            )
            parts.append(
                "<p><strong>表 1　2014年生态建设任务</strong></p>\n<table>\n<thead>\n<tr>\n<th>任务</th>\n<th>单位</th>\n<th>目标</th>\n</tr>\n</thead>\n"
                f"<tbody>\n{rows}\n</tbody>\n</table>"
            )
    content = "\n".join(parts)

    def toc(prefix: str) -> str:
        out: list[str] = []
        for i, (level, hid, head) in enumerate(toc_items):
            nxt = toc_items[i + 1][0] if i + 1 < len(toc_items) else 1
            li = f'<li class="md-nav__item">\n  <a href="#{hid}" class="md-nav__link">\n    {esc(head)}\n  </a>'
            if nxt > level:
                out.append(
                    li
                    + f'\n  <nav class="md-nav" aria-label="{esc(head)}">\n    <ul class="md-nav__list">'
                )
            else:
                out.append(li + "\n</li>")
                if level == 2 and nxt == 1:
                    out.append("    </ul>\n  </nav>\n</li>")
        return (
            f'<nav class="md-nav md-nav--secondary" aria-label="目录">\n<label class="md-nav__title" for="{prefix}">\n  <span class="md-nav__icon md-icon"></span>\n  目录\n</label>\n<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>\n'
            + "\n".join(out)
            + "\n</ul>\n</nav>"
        )

    primary = "\n".join(
        f'<li class="md-nav__item md-nav__item--active">\n<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">\n<label class="md-nav__link md-nav__link--active" for="__toc">{esc(p)}<span class="md-nav__icon md-icon"></span></label>\n<a href="./" class="md-nav__link md-nav__link--active">{esc(p)}</a>\n{toc("__toc")}\n</li>'
        if p == O09_TITLE
        else f'<li class="md-nav__item"><a href="../{uid("o09", p)[:8]}/" class="md-nav__link">{esc(p)}</a></li>'
        for p in O09_PAGES
    )
    tabs = "".join(
        f'<li class="md-tabs__item"><a href="../{t}/" class="md-tabs__link{" md-tabs__link--active" if k == 1 else ""}">{n}</a></li>'
        for k, (t, n) in enumerate(
            (("", "首页"), ("guide", "建设指南"), ("data", "数据开放"), ("faq", "常见问题"))
        )
    )
    gh = "https://github.com/dc-zjj/urbanization-guide"
    page = f"""<!doctype html>
<html lang="zh" class="no-js">
  <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width,initial-scale=1">
      <meta name="description" content="{O09_SITE}">
      <link rel="canonical" href="https://docs.dongchuan.example/guide/urbanization/">
      <link rel="prev" href="../{uid("o09", O09_PREV)[:8]}/">
      <link rel="next" href="../{uid("o09", O09_NEXT)[:8]}/">
      <link rel="icon" href="../../assets/images/favicon.png">
      <meta name="generator" content="mkdocs-1.3.0, mkdocs-material-8.2.15">
    <title>{esc(O09_TITLE)} - {O09_SITE}</title>
      <link rel="stylesheet" href="../../assets/stylesheets/main.c382b1dc.min.css">
      <link rel="stylesheet" href="../../assets/stylesheets/palette.cc9b2e1e.min.css">
      <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
    <script>__md_scope=new URL("../..",location),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{t.setItem(a.pathname+"."+e,JSON.stringify(_))}}catch(e){{}}}}</script>
  </head>
  <body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
    <label class="md-overlay" for="__drawer"></label>
    <div data-md-component="skip">
        <a href="#_1" class="md-skip">
          跳转至
        </a>
    </div>
    <div data-md-component="announce">
    </div>
<header class="md-header" data-md-component="header">
  <nav class="md-header__inner md-grid" aria-label="页眉">
    <a href="../.." title="{O09_SITE}" class="md-header__button md-logo" aria-label="{O09_SITE}" data-md-component="logo">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 8a3 3 0 0 0 3-3 3 3 0 0 0-3-3 3 3 0 0 0-3 3 3 3 0 0 0 3 3m0 3.54C9.64 9.35 6.5 8 3 8v11c3.5 0 6.64 1.35 9 3.54 2.36-2.19 5.5-3.54 9-3.54V8c-3.5 0-6.64 1.35-9 3.54Z"/></svg>
    </a>
    <label class="md-header__button md-icon" for="__drawer">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 6h18v2H3V6m0 5h18v2H3v-2m0 5h18v2H3v-2Z"/></svg>
    </label>
    <div class="md-header__title" data-md-component="header-title">
      <div class="md-header__ellipsis">
        <div class="md-header__topic">
          <span class="md-ellipsis">
            {O09_SITE}
          </span>
        </div>
        <div class="md-header__topic" data-md-component="header-topic">
          <span class="md-ellipsis">
              {esc(O09_TITLE)}
          </span>
        </div>
      </div>
    </div>
    <label class="md-header__button md-icon" for="__search">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.516 6.516 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5Z"/></svg>
    </label>
    <div class="md-search" data-md-component="search" role="dialog">
  <label class="md-search__overlay" for="__search"></label>
  <div class="md-search__inner" role="search">
    <form class="md-search__form" name="search">
      <input type="text" class="md-search__input" name="query" aria-label="搜索" placeholder="搜索" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required>
    </form>
    <div class="md-search__output">
      <div class="md-search__scrollwrap" data-md-scrollfix>
        <div class="md-search-result" data-md-component="search-result">
          <div class="md-search-result__meta">
            正在初始化搜索引擎
          </div>
          <ol class="md-search-result__list"></ol>
        </div>
      </div>
    </div>
  </div>
</div>
      <div class="md-header__source">
        <a href="{gh}" title="前往仓库" class="md-source" data-md-component="source">
  <div class="md-source__icon md-icon">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M439.55 236.05 244 40.45a28.87 28.87 0 0 0-40.81 0l-40.66 40.63 51.52 51.52c27.06-9.14 52.68 16.77 43.39 43.68l49.66 49.66c34.23-11.8 61.18 31 35.47 56.69-26.49 26.49-70.21-2.87-56-37.34L240.22 199v121.85c25.3 12.54 22.26 41.85 9.08 55a34.34 34.34 0 0 1-48.55 0c-17.57-17.6-11.07-46.91 11.25-56v-123c-20.8-8.51-24.6-30.74-18.64-45L142.57 101 8.45 235.14a28.86 28.86 0 0 0 0 40.81l195.61 195.6a28.86 28.86 0 0 0 40.8 0l194.69-194.69a28.86 28.86 0 0 0 0-40.81Z"/></svg>
  </div>
  <div class="md-source__repository">
    dc-zjj/urbanization-guide
  </div>
</a>
      </div>
  </nav>
</header>
    <div class="md-container" data-md-component="container">
          <nav class="md-tabs" aria-label="标签" data-md-component="tabs">
  <div class="md-tabs__inner md-grid">
    <ul class="md-tabs__list">{tabs}</ul>
  </div>
</nav>
      <main class="md-main" data-md-component="main">
        <div class="md-main__inner md-grid">
            <div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation" >
              <div class="md-sidebar__scrollwrap">
                <div class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="导航栏" data-md-level="0">
  <label class="md-nav__title" for="__drawer">
    {O09_SITE}
  </label>
  <ul class="md-nav__list" data-md-scrollfix>
{primary}
  </ul>
</nav>
                </div>
              </div>
            </div>
            <div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc" >
              <div class="md-sidebar__scrollwrap">
                <div class="md-sidebar__inner">
{toc("__toc2")}
                </div>
              </div>
            </div>
          <div class="md-content" data-md-component="content">
            <article class="md-content__inner md-typeset">
                  <a href="{gh}/edit/master/docs/guide/urbanization.md" title="编辑此页" class="md-content__button md-icon">
                    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20.71 7.04c.39-.39.39-1.04 0-1.41l-2.34-2.34c-.37-.39-1.02-.39-1.41 0l-1.84 1.83 3.75 3.75M3 17.25V21h3.75L17.81 9.93l-3.75-3.75L3 17.25Z"/></svg>
                  </a>
{content}
<hr>
<div class="md-source-file">
  <small>
      最后更新:
      <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">2014年3月25日</span>
  </small>
</div>
            </article>
          </div>
        </div>
      </main>
<footer class="md-footer">
    <nav class="md-footer__inner md-grid" aria-label="页脚">
        <a href="../{uid("o09", O09_PREV)[:8]}/" class="md-footer__link md-footer__link--prev" aria-label="上一页: {O09_PREV}" rel="prev">
          <div class="md-footer__button md-icon">
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20 11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11h12Z"/></svg>
          </div>
          <div class="md-footer__title">
            <div class="md-ellipsis">
              <span class="md-footer__direction">
                上一页
              </span>
              {O09_PREV}
            </div>
          </div>
        </a>
        <a href="../{uid("o09", O09_NEXT)[:8]}/" class="md-footer__link md-footer__link--next" aria-label="下一页: {O09_NEXT}" rel="next">
          <div class="md-footer__title">
            <div class="md-ellipsis">
              <span class="md-footer__direction">
                下一页
              </span>
              {O09_NEXT}
            </div>
          </div>
          <div class="md-footer__button md-icon">
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M4 11v2h12l-5.5 5.5 1.42 1.42L19.84 12l-7.92-7.92L10.5 5.5 16 11H4Z"/></svg>
          </div>
        </a>
    </nav>
  <div class="md-footer-meta md-typeset">
    <div class="md-footer-meta__inner md-grid">
      <div class="md-copyright">
  <div class="md-copyright__highlight">
    Copyright &copy; 2014 东川市住房和城乡建设局
  </div>
  Made with
  <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">
    Material for MkDocs
  </a>
</div>
    </div>
  </div>
</footer>
    </div>
    <div class="md-dialog" data-md-component="dialog">
      <div class="md-dialog__inner md-typeset"></div>
    </div>
    <script id="__config" type="application/json">{{"base": "../..", "features": ["navigation.tabs", "content.code.annotate"], "search": "../../assets/javascripts/workers/search.2a1c317c.min.js", "translations": {{"clipboard.copied": "已复制", "clipboard.copy": "复制", "search.result.none": "没有找到符合条件的结果"}}}}</script>
      <script src="../../assets/javascripts/bundle.a06b5b2b.min.js"></script>
  </body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        O09_TITLE,
        heads,
        body,
        (0, 1, 3, 4, 5, 6),
        [O09_UPDATED, O09_COPY, O09_MADE, f"上一页 {O09_PREV}", f"下一页 {O09_NEXT}"],
        "a page of an MkDocs Material 8 site (site, bureau, repository made up): the "
        "title is the <h1> 推进以人为核心的新型城镇化 (also in <title> before - site name "
        "and in the header topic); <h2>s level 1, <h3>s level 2, each ending with an "
        "a.headerlink ¶ that is not part of the text (ids _1, _2… as Python-Markdown "
        "slugs Chinese); 绿色低碳发展 has no text of its own; the paragraph after the <h1> "
        "is body; the 说明 admonition and the collapsible <details> 指标说明 (titles not "
        "headings, texts written here), the line before the content tabs, the tabs "
        "Python/命令行 with their code, and the table with its bold caption line are "
        "unscored; not body: skip link 跳转至, header with site and page title, search, "
        "repository link, nav tabs, the primary nav (with the page's TOC nested) and "
        "the secondary 目录 TOC repeating every head, the 编辑此页 icon, 最后更新 line, "
        "上一页/下一页 footer links, copyright and Made with Material for MkDocs",
    )


# ------------------------------------------ o10 Gitee-like repository README page

O10_YEAR = 2017
O10_OWNER = "东川大数据中心"
O10_REPO = "policy-kb"
O10_DESC = "东川市惠企政策结构化数据与检索工具，数据每季度更新"
O10_TITLE = "东川惠企政策知识库"
O10_SECTIONS: tuple[tuple[int, str, tuple[tuple[str, int, int], ...], str], ...] = (
    (1, "项目背景", (("（四）", 1, 3), ("（四）", 2, 0)), ""),
    (1, "功能特性", (), "features"),
    (1, "快速开始", (), ""),
    (2, "安装", (), "install"),
    (2, "使用示例", (), "usage"),
    (1, "数据说明", (("（四）", 3, 3), ("（四）", 4, 2), ("（二）", 3, 3)), "table"),
    (1, "参与贡献", (), "contrib"),
    (1, "许可证", (), "license"),
)
O10_FEATURES = (
    "政策条款结构化：按适用对象、支持方式、申报条件拆分",
    "全文检索与按行业、区县筛选",
    "提供 Python SDK 与 REST 接口",
)
O10_INSTALL = "git clone https://gitee.com/dcdata/policy-kb.git\ncd policy-kb\npip install -r requirements.txt"
O10_USAGE = 'from policykb import PolicyKB\n\nkb = PolicyKB("./data")\nfor p in kb.search("高新技术企业", district="高新区"):\n    print(p.title, p.deadline)'
O10_TABLE = (
    ("policy_id", "string", "政策编号"),
    ("title", "string", "政策名称"),
    ("issuer", "string", "发文单位"),
    ("deadline", "date", "申报截止日期"),
)
O10_LICENSE_LINE = "使用 MulanPSL-2.0 开源许可协议"
O10_COMMIT = "补充数据说明与字段表"
O10_CLONE = "克隆/下载"
O10_FOOT = "Gitee.com（码云） 是 OSCHINA.NET 推出的代码托管平台"
O10_FILES = (
    ("dir", ".gitee", "添加 Issue 模板", "2年前"),
    ("dir", "data", "2017年第一季度政策数据", "3天前"),
    ("dir", "policykb", "检索支持按区县筛选", "2周前"),
    ("dir", "tests", "增加检索单元测试", "2周前"),
    ("file", "LICENSE", "Initial commit", "2年前"),
    ("file", "README.md", O10_COMMIT, "3天前"),
    ("file", "requirements.txt", "升级依赖版本", "1个月前"),
)


def build_gitee(path: Path) -> Gold:
    body = paras(O10_YEAR, (("（四）", 0, 0),))
    badges = " ".join(
        f'<a href="https://gitee.com/dcdata/policy-kb{h}" rel="nofollow"><img src="https://img.shields.io/badge/{b}" alt="{a}"></a>'
        for h, b, a in (
            ("/releases", "release-v1.2.0-blue", "release"),
            ("/blob/master/LICENSE", "license-MulanPSL--2.0-green", "license"),
            ("", "python-3.5%2B-orange", "python"),
            ("/stargazers", "stars-128-yellow", "stars"),
        )
    )

    def anchor(text: str) -> str:
        return f'<a id="user-content-{text}" class="anchor" href="#{text}"></a>'

    parts = [
        f"<p>{badges}</p>",
        f"<h1>\n{anchor(O10_TITLE)}{esc(O10_TITLE)}</h1>",
        f"<p>{esc(body[0])}</p>",
    ]
    heads: list[tuple[str, int]] = []
    for level, head, refs, block in O10_SECTIONS:
        heads.append((head, level))
        parts.append(f"<h{level + 1}>\n{anchor(head)}{esc(head)}</h{level + 1}>")
        texts = paras(O10_YEAR, refs)
        body.extend(texts)
        parts.extend(f"<p>{esc(t)}</p>" for t in texts)
        if block == "features":
            parts.append(
                "<ul>\n" + "\n".join(f"<li>{esc(f)}</li>" for f in O10_FEATURES) + "\n</ul>"
            )
        elif block == "install":
            parts.append(
                f'<div class="white"><div class="highlight markdown-code-block"><pre lang="shell"><span id="LC1" class="line">{esc(O10_INSTALL)}</span>\n</pre></div></div>'
            )
        elif block == "usage":
            parts.append(
                f'<div class="white"><div class="highlight markdown-code-block"><pre lang="python"><span id="LC1" class="line">{esc(O10_USAGE)}</span>\n</pre></div></div>'
            )
        elif block == "table":
            rows = "\n".join(
                f"<tr>\n<td>{a}</td>\n<td>{b}</td>\n<td>{esc(c)}</td>\n</tr>"
                for a, b, c in O10_TABLE
            )
            parts.append(
                f"<p>主要字段如下：</p>\n<table>\n<thead>\n<tr>\n<th>字段</th>\n<th>类型</th>\n<th>说明</th>\n</tr>\n</thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
            )
        elif block == "contrib":
            parts.append(
                "<ol>\n<li>Fork 本仓库</li>\n<li>新建 Feat_xxx 分支</li>\n<li>提交代码</li>\n<li>新建 Pull Request</li>\n</ol>"
            )
        elif block == "license":
            parts.append(
                '<p>本项目代码采用 <a href="http://license.coscl.org.cn/MulanPSL2">木兰宽松许可证第2版</a> 开源，政策数据按 CC BY 4.0 提供。</p>'
            )
    readme = "\n".join(parts)
    files = "\n".join(
        f'<div class="row tree-item"><div class="tree-list-item five wide column"><i class="iconfont icon-{"folder" if kind == "dir" else "file"}"></i><a href="/dcdata/policy-kb/{"tree" if kind == "dir" else "blob"}/master/{n}" title="{n}">{n}</a></div><div class="tree-item-commit-message seven wide column"><a href="/dcdata/policy-kb/commit/{uid("o10", n)[:40]}" class="commit-message">{esc(m)}</a></div><div class="tree-item-commit-author four wide column"><span class="timeago">{t}</span></div></div>'
        for kind, n, m, t in O10_FILES
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="IE=edge" http-equiv="X-UA-Compatible">
<title>{O10_REPO}: {esc(O10_DESC)}</title>
<link href="https://gitee.com/dcdata/policy-kb" rel="canonical">
<meta content="gitee.com/dcdata/policy-kb git https://gitee.com/dcdata/policy-kb.git" name="go-import">
<meta content="{esc(O10_DESC)}" name="Description">
<meta content="Gitee" property="og:site_name">
<meta content="{O10_OWNER}/{O10_REPO}" property="og:title">
<link rel="stylesheet" media="all" href="https://cn-assets.gitee.com/assets/application-7c2f3d4e.css">
<script src="https://cn-assets.gitee.com/assets/application-a1b2c3d4.js"></script>
<script>var gon = {{"locale": "zh-CN", "project_id": 8812034, "user_project": "dcdata/policy-kb"}};</script>
</head>
<body class="git-project lang-zh-CN">
<header class="common-header fixed noborder" id="git-header-nav">
<div class="ui container"><div class="ui menu header-menu">
<a class="item gitee-logo" href="/"><img alt="Gitee — 基于 Git 的代码托管和研发协作平台" src="https://cn-assets.gitee.com/assets/logo-black.svg"></a>
<a class="item" href="/enterprises">企业版</a><a class="item" href="/education">高校版</a><a class="item" href="/explore">开源</a><a class="item" href="/gvp">GVP</a>
<div class="item search"><input placeholder="搜开源" type="text"></div>
<a class="item" href="/login">登录</a><a class="item" href="/signup">注册</a>
</div></div>
</header>
<div class="git-project-header"><div class="ui container">
<div class="git-project-title mt-1"><i class="iconfont icon-project-public"></i><span class="project-title"><a class="author" href="/dcdata" title="{O10_OWNER}">{O10_OWNER}</a>/<a class="repository" href="/dcdata/policy-kb" title="{O10_REPO}"><strong>{O10_REPO}</strong></a></span></div>
<div class="git-project-right-actions pull-right"><div class="ui labeled button watch-container"><a class="ui button">Watch</a><a class="ui basic label">12</a></div><div class="ui labeled button star-container"><a class="ui button">Star</a><a class="ui basic label">128</a></div><div class="ui labeled button fork-container"><a class="ui button">Fork</a><a class="ui basic label">37</a></div></div>
<div class="git-project-nav"><div class="ui secondary pointing menu">
<a class="item active" href="/dcdata/policy-kb"><i class="iconfont icon-code"></i> 代码</a><a class="item" href="/dcdata/policy-kb/issues"><i class="iconfont icon-task"></i> Issues <span class="ui mini circular label">3</span></a><a class="item" href="/dcdata/policy-kb/pulls"><i class="iconfont icon-pull-request"></i> Pull Requests <span class="ui mini circular label">0</span></a><a class="item" href="/dcdata/policy-kb/wikis"><i class="iconfont icon-wiki"></i> Wiki</a><a class="item" href="/dcdata/policy-kb/graph/master"><i class="iconfont icon-statistics"></i> 统计</a><a class="item" href="/dcdata/policy-kb/gitee_go"><i class="iconfont icon-workflow"></i> 流水线</a><a class="item" href="/dcdata/policy-kb/services"><i class="iconfont icon-service"></i> 服务</a>
</div></div>
</div></div>
<div class="ui container" id="git-project-content">
<div class="ui grid">
<div class="twelve wide column">
<div class="git-project-bread"><div class="ui horizontal list"><div class="item git-project-branch-item"><div class="ui dropdown button"><i class="iconfont icon-branches"></i><span class="text">master</span></div></div><div class="item">分支 <b>3</b></div><div class="item">标签 <b>5</b></div></div>
<div class="git-project-right-actions pull-right"><a class="ui button">Web IDE</a><div class="ui orange button git-project-download-panel">{O10_CLONE}</div></div></div>
<div class="ui segment" id="git-project-info"><div class="recent-commit"><img class="ui avatar image" src="https://foruda.gitee.com/avatar/1676880000000000000/8812034_hanxue_dc.png"><a class="commit-author-link" href="/hanxue_dc">韩雪</a> <a class="commit-message" href="/dcdata/policy-kb/commit/{uid("o10", "head")[:40]}">{O10_COMMIT}</a> <span class="sha">{uid("o10", "head")[:8]}</span> <span class="timeago">3天前</span></div></div>
<div class="ui segment" id="tree-holder"><div class="tree-content-holder" id="tree-content-holder">
{files}
</div></div>
<div class="file_holder" id="README"><div class="file_title"><i class="iconfont icon-file"></i><span class="file_name">README.md</span></div>
<div class="file_content markdown-body">
{readme}
</div></div>
</div>
<div class="four wide column"><div class="git-project-sidebar">
<div class="intro-box"><h3 class="ui header">介绍</h3><div class="git-project-desc-text">{esc(O10_DESC)}</div><div class="git-project-homepage">暂无标签</div></div>
<div class="git-project-license"><i class="iconfont icon-license"></i> <a href="/dcdata/policy-kb/blob/master/LICENSE">{O10_LICENSE_LINE}</a></div>
<div class="release-box"><h3 class="ui header"><a href="/dcdata/policy-kb/releases">发行版 (3)</a></h3><div class="release-item"><i class="iconfont icon-tag"></i> v1.2.0 <span class="ui green label">最新</span> <span class="timeago">2017-03-20</span></div><a href="/dcdata/policy-kb/releases">全部</a></div>
<div class="contributor-box"><h3 class="ui header"><a href="/dcdata/policy-kb/contributors?ref=master">贡献者 (4)</a></h3><a href="/hanxue_dc"><img class="ui avatar image" alt="韩雪" src="https://foruda.gitee.com/avatar/hanxue_dc.png"></a><a href="/liuyang_dc"><img class="ui avatar image" alt="刘洋" src="https://foruda.gitee.com/avatar/liuyang_dc.png"></a><a href="/zhouning"><img class="ui avatar image" alt="周宁" src="https://foruda.gitee.com/avatar/zhouning.png"></a><a href="/wangq"><img class="ui avatar image" alt="王琦" src="https://foruda.gitee.com/avatar/wangq.png"></a></div>
<div class="lang-box"><h3 class="ui header">语言</h3><div class="lang-bar"><span class="lang" style="width: 86.1%">Python 86.1%</span><span class="lang" style="width: 13.9%">Shell 13.9%</span></div></div>
<div class="activity-box"><h3 class="ui header">近期动态</h3><div class="event">3天前推送了新的提交到 master 分支</div><div class="event">1个月前创建了 v1.2.0 发行版</div></div>
</div></div>
</div>
</div>
<footer id="git-footer-main"><div class="ui container"><div class="footer-intro">{O10_FOOT}</div><div class="footer-links"><a href="/about_us">关于我们</a><a href="/terms">使用条款</a><a href="/help">帮助文档</a><a href="/links.html">合作伙伴</a></div><div class="copyright">©OSCHINA(OSChina.NET)　工信部 <a href="https://beian.miit.gov.cn/">粤ICP备12009483号</a></div></div></footer>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        O10_TITLE,
        heads,
        body,
        (0, 1, 2, 3, 4, 5),
        [O10_LICENSE_LINE, O10_COMMIT, O10_CLONE, O10_FOOT, "发行版 (3)", "贡献者 (4)"],
        "a Gitee-like repository page showing its rendered README.md (owner, repository, "
        "people made up): the title is the README's first heading, the <h1> "
        "东川惠企政策知识库 after a row of shields badge images (alt text only, not "
        "shown); <title> is the repository name and description (policy-kb: …) and the "
        "repo header shows 东川大数据中心/policy-kb, neither the title; README <h2>s level "
        "1, <h3>s (安装, 使用示例 under 快速开始) level 2, each with an empty "
        "a.anchor link before the text; the paragraph under the <h1> is body; 功能特性 "
        "list items, code blocks, the 主要字段如下： line and the field table, the 参与贡献 "
        "steps and the 许可证 line (written here) are unscored; not body: site header, "
        "repo title, Watch/Star/Fork counts, tabs (代码/Issues/…), branch bar and "
        "克隆/下载, the latest commit line and the file list with commit messages, the "
        "README.md file label, the right column (介绍 with the description, licence "
        "line, 发行版 (3), 贡献者 (4), 语言, 近期动态; its <h3>s are not headings) and the "
        "footer",
    )


# ----------------------------------------- o11 Docusaurus 2, old version doc page

O11_YEAR = 2017
O11_SITE = "东川开放平台"
O11_TITLE = "数据共享与开放管理规范"
O11_SECTIONS: tuple[tuple[int, str, tuple[tuple[str, int, int], ...], str], ...] = (
    (1, "适用范围", (("（九）", 1, 3),), ""),
    (1, "基本原则", (), ""),
    (2, "依法履职", (("（九）", 2, 3),), "tip"),
    (2, "安全可控", (("（八）", 5, 0),), ""),
    (1, "接入流程", (), ""),
    (2, "申请与审核", (), ""),
    (3, "提交材料", (("（六）", 3, 3),), "code"),
    (3, "审核时限", (("（六）", 4, 2),), "titled"),
    (2, "接口调用", (), "tabs"),
    (1, "监督管理", (("（八）", 4, 3), ("（二）", 4, 2)), ""),
)
O11_TIP = "接入单位应指定一名数据管理员，负责本单位数据目录的维护和更新。"
O11_TITLED = ("数据口径", "共享数据以数源部门最新发布的版本为准，调用方不得自行加工后对外发布。")
O11_JSON = '{\n  "org_code": "11370100MB0000000X",\n  "catalog_id": "DC-2017-0086",\n  "purpose": "企业开办一网通办",\n  "contact": "数据管理员"\n}'
O11_JAVA = 'OpenClient client = OpenClient.builder()\n    .appKey("your-app-key")\n    .build();\nResult r = client.get("/v1/catalog/DC-2017-0086");'
O11_PY = 'from dcopen import Client\n\nclient = Client(app_key="your-app-key")\nr = client.get("/v1/catalog/DC-2017-0086")'
O11_BANNER = f"这是 {O11_SITE} 1.x 版的文档，现已不再积极维护。"
O11_BANNER2 = "最新的文档请参阅 最新版本 (2.x)。"
O11_UPDATED = "最后由 韩东 于 2017年3月20日 更新"
O11_COPY = "Copyright © 2017 东川市大数据中心. Built with Docusaurus."
O11_PREV = "接入准备"
O11_CURRENT = 'aria-current="page" '
O11_NEXT = "接口签名算法"


def build_docusaurus(path: Path) -> Gold:
    body = paras(O11_YEAR, (("（二）", 0, 2),))
    parts = [
        f"<header><h1>{esc(O11_TITLE)}</h1></header><p>{esc(body[0])}</p>",
    ]
    heads: list[tuple[str, int]] = []
    toc_items: list[tuple[int, str]] = []
    copy_btn = '<div class="buttonGroup__atx"><button type="button" aria-label="复制代码到剪贴板" title="复制" class="clean-btn"><span class="copyButtonIcons_eSgA" aria-hidden="true"><svg class="copyButtonIcon_y97N" viewBox="0 0 24 24"><path d="M19,21H8V7H19M19,5H8A2,2 0 0,0 6,7V21A2,2 0 0,0 8,23H19A2,2 0 0,0 21,21V7A2,2 0 0,0 19,5M16,1H4A2,2 0 0,0 2,3V17H4V3H16V1Z"></path></svg><svg class="copyButtonSuccessIcon_LjdS" viewBox="0 0 24 24"><path d="M21,7L9,19L3.5,13.5L4.91,12.09L9,16.17L19.59,5.59L21,7Z"></path></svg></span></button></div>'

    def code(lang: str, text: str, title: str = "") -> str:
        lines = "".join(
            f'<span class="token-line" style="color:#393A34"><span class="token plain">{esc(ln) if ln else ""}</span><br></span>'
            for ln in text.split("\n")
        )
        head = f'<div class="codeBlockTitle_Ktv7">{esc(title)}</div>' if title else ""
        return f'<div class="language-{lang} codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34;--prism-background-color:#f6f8fa">{head}<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-{lang} codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">{lines}</code></pre>{copy_btn}</div></div>'

    def admonition(kind: str, alert: str, title: str, text: str) -> str:
        return f'<div class="theme-admonition theme-admonition-{kind} alert alert--{alert} admonition_LlT9"><div class="admonitionHeading_tbUL"><span class="admonitionIcon_kALy"><svg viewBox="0 0 12 16"><path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5c0 .92.55 2.25 1 3 1.34 2.25 1.78 2.78 2 4v1h5v-1c.22-1.22.66-1.75 2-4 .45-.75 1-2.08 1-3 0-2.81-2.48-5-5.5-5z"></path></svg></span>{esc(title)}</div><div class="admonitionContent_S0QG"><p>{esc(text)}</p></div></div>'

    for level, head, refs, block in O11_SECTIONS:
        heads.append((head, level))
        toc_items.append((level, head))
        parts.append(
            f'<h{level + 1} class="anchor anchorWithStickyNavbar_LWe7" id="{head}">{esc(head)}<a href="#{head}" class="hash-link" aria-label="标题的直接链接" title="标题的直接链接">{ZWSP}</a></h{level + 1}>'
        )
        texts = paras(O11_YEAR, refs)
        body.extend(texts)
        parts.extend(f"<p>{esc(t)}</p>" for t in texts)
        if block == "tip":
            parts.append(admonition("tip", "success", "提示", O11_TIP))
        elif block == "titled":
            parts.append(admonition("warning", "warning", *O11_TITLED))
        elif block == "code":
            parts.append(code("json", O11_JSON, "apply.json"))
        elif block == "tabs":
            parts.append(
                '<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs"><li role="tab" tabindex="0" aria-selected="true" class="tabs__item tabItem_LNqP tabs__item--active">Java</li><li role="tab" tabindex="-1" aria-selected="false" class="tabs__item tabItem_LNqP">Python</li></ul><div class="margin-top--md">'
                f'<div role="tabpanel" class="tabItem_Ymn6">{code("java", O11_JAVA)}</div><div role="tabpanel" class="tabItem_Ymn6" hidden="">{code("python", O11_PY)}</div></div></div>'
            )
    content = "".join(parts)
    toc_out: list[str] = []
    for i, (level, head) in enumerate(toc_items):
        nxt = toc_items[i + 1][0] if i + 1 < len(toc_items) else 1
        li = f'<li><a href="#{head}" class="table-of-contents__link toc-highlight">{esc(head)}</a>'
        if nxt > level:
            toc_out.append(li + "<ul>")
        else:
            toc_out.append(li + "</li>")
            toc_out.extend("</ul></li>" for _ in range(level - nxt))
    toc = "".join(toc_out)
    side = "".join(
        f'<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"><a class="menu__link{" menu__link--active" if n == O11_TITLE else ""}" {O11_CURRENT if n == O11_TITLE else ""}href="/docs/1.x/guide/{uid("o11", n)[:6]}">{esc(n)}</a></li>'
        for n in (O11_PREV, O11_TITLE, O11_NEXT, "错误码")
    )
    page = f"""<!doctype html>
<html lang="zh-Hans" dir="ltr" class="docs-wrapper docs-doc-page docs-version-1.x plugin-docs plugin-id-default docs-doc-id-guide/data-sharing" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v2.4.1">
<title data-rh="true">{esc(O11_TITLE)} | {O11_SITE}</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:url" content="https://open.dongchuan.example/docs/1.x/guide/data-sharing"><meta data-rh="true" name="docusaurus_locale" content="zh-Hans"><meta data-rh="true" name="docsearch:language" content="zh-Hans"><meta data-rh="true" name="docusaurus_version" content="1.x"><meta data-rh="true" name="docusaurus_tag" content="docs-default-1.x"><meta data-rh="true" property="og:title" content="{esc(O11_TITLE)} | {O11_SITE}"><meta data-rh="true" name="description" content="{esc(body[0][:60])}"><link data-rh="true" rel="canonical" href="https://open.dongchuan.example/docs/1.x/guide/data-sharing">
<link rel="stylesheet" href="/assets/css/styles.6f3b2a1c.css">
<link rel="preload" href="/assets/js/runtime~main.8d1e0b2a.js" as="script">
<link rel="preload" href="/assets/js/main.4c7d9e10.js" as="script">
</head>
<body class="navigation-with-keyboard">
<script>!function(){{function t(t){{document.documentElement.setAttribute("data-theme",t)}}var e=function(){{var t=null;try{{t=new URLSearchParams(window.location.search).get("docusaurus-theme")}}catch(t){{}}return t}}()||function(){{var t=null;try{{t=localStorage.getItem("theme")}}catch(t){{}}return t}}();t(null!==e?e:"light")}}()</script><div id="__docusaurus">
<div role="region" aria-label="跳到主要内容"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">跳到主要内容</a></div><nav aria-label="主导航" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="切换导航栏" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="东川开放平台 Logo" class="themedImage_ToTc themedImage--light_HNdA"></div><b class="navbar__title text--truncate">{O11_SITE}</b></a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/docs/1.x/intro">文档</a><a class="navbar__item navbar__link" href="/api">API</a><a class="navbar__item navbar__link" href="/blog">公告</a></div><div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a href="#" aria-haspopup="true" aria-expanded="false" role="button" class="navbar__link">1.x</a><ul class="dropdown__menu"><li><a class="dropdown__link" href="/docs/next/guide/data-sharing">Next</a></li><li><a class="dropdown__link" href="/docs/guide/data-sharing">2.x</a></li><li><a aria-current="page" class="dropdown__link dropdown__link--active" href="/docs/1.x/guide/data-sharing">1.x</a></li></ul></div><a href="https://github.com/dc-open/docs" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub<svg width="13.5" height="13.5" aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 4.172v-11z"></path></svg></a><div class="searchBox_ZlJk"><button type="button" class="DocSearch DocSearch-Button" aria-label="搜索"><span class="DocSearch-Button-Container"><span class="DocSearch-Button-Placeholder">搜索</span></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav><div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0 docsWrapper_BCFX"><button aria-label="回到顶部" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docPage__5DB"><aside class="theme-doc-sidebar-container docSidebarContainer_b6E3"><div class="sidebarViewport_Xe31"><div class="sidebar_njMd"><nav aria-label="文档侧边栏" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list"><li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link" href="/docs/1.x/intro">平台简介</a></li><li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist menu__link--active" aria-expanded="true" href="/docs/1.x/guide/prepare">开发指南</a></div><ul style="display:block;overflow:visible;height:auto" class="menu__list">{side}</ul></li><li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item menu__list-item--collapsed"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist" aria-expanded="false" href="/docs/1.x/faq/account">常见问题</a></div></li></ul></nav></div></div></aside><main class="docMainContainer_gTbr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="theme-doc-version-banner alert alert--warning margin-bottom--md" role="alert"><div>{O11_BANNER}</div><div class="margin-top--md">最新的文档请参阅 <b><a href="/docs/guide/data-sharing">最新版本</a></b> (2.x)。</div></div><div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="页面路径"><ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="主页面" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3c.55 0 1-.45 1-1v-7h1.7c.46 0 .68-.57.33-.87L12.67 3.6c-.38-.34-.96-.34-1.34 0l-8.36 7.53c-.34.3-.13.87.33.87H5v7c0 .55.45 1 1 1h3c.55 0 1-.45 1-1z" fill="currentColor"></path></svg></a></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item" href="/docs/1.x/guide/prepare"><span itemprop="name">开发指南</span></a><meta itemprop="position" content="1"></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">{esc(O11_TITLE)}</span><meta itemprop="position" content="2"></li></ul></nav><span class="theme-doc-version-badge badge badge--secondary">版本：1.x</span><div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">本页总览</button></div><div class="theme-doc-markdown markdown">{content}</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a href="https://github.com/dc-open/docs/edit/main/versioned_docs/version-1.x/guide/data-sharing.md" target="_blank" rel="noreferrer noopener" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z m-29.5 17.1l18.4-18.5 6.3 6.3-18.4 18.4h-6.3v-6.2z"></path></g></svg>编辑此页</a></div><div class="col lastUpdated_vwxv"><span class="theme-last-updated">最后<span> 由 <b>韩东</b></span><span> 于 <b><time datetime="2017-03-20T08:21:00.000Z">2017年3月20日</time></b></span> 更新</span></div></div></footer></article><nav class="pagination-nav docusaurus-mt-lg" aria-label="文件选项卡"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/1.x/guide/prepare"><div class="pagination-nav__sublabel">上一页</div><div class="pagination-nav__label">{O11_PREV}</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/1.x/guide/signature"><div class="pagination-nav__sublabel">下一页</div><div class="pagination-nav__label">{O11_NEXT}</div></a></nav></div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">{toc}</ul></div></div></div></div></main></div></div><footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">文档</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/docs/intro">平台简介</a></li></ul></div><div class="col footer__col"><div class="footer__title">联系我们</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="mailto:open@dongchuan.example">open@dongchuan.example</a></li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">{O11_COPY}</div></div></div></footer></div>
<script src="/assets/js/runtime~main.8d1e0b2a.js"></script>
<script src="/assets/js/main.4c7d9e10.js"></script>
</body>
</html>"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        O11_TITLE,
        heads,
        body,
        (0, 1, 3, 4, 6, 7),
        [O11_BANNER, O11_BANNER2, O11_UPDATED, "版本：1.x", O11_COPY, f"下一页 {O11_NEXT}"],
        "a doc page of an old version (1.x) of a Docusaurus 2 site (platform, bureau, "
        "people made up): the title is the <h1> in the article's <header>, "
        "数据共享与开放管理规范 (also <title> and og:title before | 东川开放平台, and the "
        "last breadcrumb); <h2>/<h3>/<h4> are levels 1/2/3, each ending with an "
        "a.hash-link that holds only a zero-width space (the # is drawn by CSS; not "
        "part of the text); 基本原则, 接入流程, 申请与审核 and 接口调用 have no text of "
        "their own; the paragraph after the <h1> is body; the 提示 admonition and the "
        "warning titled 数据口径 (admonition headings: not headings; texts written here), "
        "the code block titled apply.json and the Java/Python tabs with their code and "
        "复制 buttons are unscored; not body: skip link, navbar with the 1.x version "
        "dropdown, sidebar, the unmaintained-version banner (这是 … 1.x 版的文档… / "
        "最新的文档请参阅 最新版本 (2.x)。), breadcrumbs, 版本：1.x badge, 本页总览, "
        "编辑此页, 最后由 … 更新, 上一页/下一页 pagination, the right TOC repeating every "
        "head, footer",
    )


# ------------------------------------------------ o12 Hexo blog post, NexT theme

O12_YEAR = 2013
O12_BLOG = "韩东的技术笔记"
O12_TITLE = "读政府工作报告：写给开发者的几点笔记"
O12_SECTIONS: tuple[tuple[int, str, tuple[tuple[str, int, int], ...]], ...] = (
    (1, "扩大内需", (("（一）", 1, 3),)),
    (1, "转变发展方式", (("（一）", 2, 3),)),
    (2, "生态文明", (("（一）", 3, 3),)),
    (2, "区域协调发展", (("（一）", 4, 0),)),
    (1, "民生与社会管理", (("（三）", 1, 0), ("（三）", 2, 3))),
    (2, "创新社会管理", (("（三）", 5, 3),)),
    (1, "城镇化", (("（二）", 1, 2),)),
)
O12_NOTE = "本文摘录的段落均来自公开发布的政府工作报告，小标题是我自己加的，方便按主题回看。"
O12_REWARD = "坚持原创技术分享，您的支持将鼓励我继续创作！"
O12_AUTHOR = "韩东"
O12_LINK = "https://handong.example/2013/03/08/gwr-2013-notes/"
O12_LICENSE = "本博客所有文章除特别声明外，均采用 BY-NC-SA 许可协议。转载请注明出处！"
O12_POWERED = "由 Hexo & NexT.Gemini 强力驱动"
O12_PREV = "Hexo 博客从 Jekyll 迁移记录"
O12_NEXT = "用 Python 批量抓取统计公报数据"
O12_TAGS = ("# 政府工作报告", "# 读书笔记", "# 随笔")


def build_hexo(path: Path) -> Gold:
    body = paras(O12_YEAR, (("（一）", 0, 2),))
    parts = [
        f'<div class="note info"><p>{esc(O12_NOTE)}</p>\n</div>',
        f"<p>{esc(body[0])}</p>",
        '<a id="more"></a>',
    ]
    heads: list[tuple[str, int]] = []
    toc_items: list[tuple[int, str]] = []
    for level, head, refs in O12_SECTIONS:
        heads.append((head, level))
        toc_items.append((level, head))
        parts.append(
            f'<h{level + 1} id="{head}">{esc(head)} <a class="header-anchor" href="#{head}">🔗</a></h{level + 1}>'
        )
        texts = paras(O12_YEAR, refs)
        body.extend(texts)
        parts.extend(f"<p>{esc(t)}</p>" for t in texts)
    content = "\n".join(parts)
    out: list[str] = []
    n1 = n2 = 0
    for i, (level, head) in enumerate(toc_items):
        nxt = toc_items[i + 1][0] if i + 1 < len(toc_items) else 1
        if level == 1:
            n1, n2 = n1 + 1, 0
            num = f"{n1}."
        else:
            n2 += 1
            num = f"{n1}.{n2}."
        li = f'<li class="nav-item nav-level-{level + 1}"><a class="nav-link" href="#{head}"><span class="nav-number">{num}</span> <span class="nav-text">{esc(head)}</span></a>'
        if nxt > level:
            out.append(li + '<ol class="nav-child">')
        else:
            out.append(li + "</li>")
            if level == 2 and nxt == 1:
                out.append("</ol></li>")
    toc = "".join(out)
    tags = "\n".join(
        f'<a href="/tags/{uid("o12", t)[:6]}/" rel="tag">{esc(t)}</a>' for t in O12_TAGS
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">
<meta name="theme-color" content="#222">
<meta name="generator" content="Hexo 3.9.0">
  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
<link rel="stylesheet" href="/css/main.css">
<link rel="stylesheet" href="/lib/font-awesome/css/font-awesome.min.css">
<script id="hexo-configurations">
    var NexT = window.NexT || {{}};
    var CONFIG = {{"hostname":"handong.example","root":"/","scheme":"Gemini","version":"7.8.0","sidebar":{{"position":"left","display":"post"}},"copycode":{{"enable":true,"show_result":true}}}};
  </script>
  <meta name="description" content="{esc(O12_NOTE)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(O12_TITLE)}">
<meta property="og:url" content="{O12_LINK}">
<meta property="og:site_name" content="{O12_BLOG}">
<meta property="article:published_time" content="2013-03-08T13:05:33.000Z">
<meta property="article:author" content="{O12_AUTHOR}">
<link rel="canonical" href="{O12_LINK}">
  <title>{esc(O12_TITLE)} | {O12_BLOG}</title>
</head>

<body itemscope itemtype="http://schema.org/WebPage">
  <div class="container use-motion">
    <div class="headband"></div>

    <header class="header" itemscope itemtype="http://schema.org/WPHeader">
      <div class="header-inner"><div class="site-brand-container">
  <div class="site-nav-toggle">
    <div class="toggle" aria-label="切换导航栏">
      <span class="toggle-line toggle-line-first"></span>
      <span class="toggle-line toggle-line-middle"></span>
      <span class="toggle-line toggle-line-last"></span>
    </div>
  </div>

  <div class="site-meta">

    <a href="/" class="brand" rel="start">
      <span class="logo-line-before"><i></i></span>
      <h1 class="site-title">{O12_BLOG}</h1>
      <span class="logo-line-after"><i></i></span>
    </a>
      <p class="site-subtitle" itemprop="description">写代码，也读点别的</p>
  </div>
</div>

<nav class="site-nav">
  <ul id="menu" class="main-menu menu">
        <li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>首页</a></li>
        <li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>归档</a></li>
        <li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>分类</a></li>
        <li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>标签</a></li>
        <li class="menu-item menu-item-about"><a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>关于</a></li>
      <li class="menu-item menu-item-search"><a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>搜索</a></li>
  </ul>
</nav>
</div>
    </header>

  <div class="back-to-top">
    <i class="fa fa-arrow-up"></i>
    <span>0%</span>
  </div>

    <main class="main">
      <div class="main-inner">
        <div class="content-wrap">
          <div class="content post posts-expand">

  <article itemscope itemtype="http://schema.org/Article" class="post-block" lang="zh-CN">
    <link itemprop="mainEntityOfPage" href="{O12_LINK}">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="name" content="{O12_AUTHOR}">
    </span>
      <header class="post-header">
        <h1 class="post-title" itemprop="name headline">
          {esc(O12_TITLE)}
        </h1>

        <div class="post-meta">
            <span class="post-meta-item">
              <span class="post-meta-item-icon">
                <i class="fa fa-calendar-o"></i>
              </span>
              <span class="post-meta-item-text">发表于</span>

              <time title="创建时间：2013-03-08 21:05:33" itemprop="dateCreated datePublished" datetime="2013-03-08T21:05:33+08:00">2013-03-08</time>
            </span>
              <span class="post-meta-item">
                <span class="post-meta-item-icon">
                  <i class="fa fa-calendar-check-o"></i>
                </span>
                <span class="post-meta-item-text">更新于</span>
                <time title="修改时间：2013-03-12 09:40:02" itemprop="dateModified" datetime="2013-03-12T09:40:02+08:00">2013-03-12</time>
              </span>
            <span class="post-meta-item">
              <span class="post-meta-item-icon">
                <i class="fa fa-folder-o"></i>
              </span>
              <span class="post-meta-item-text">分类于</span>
                <span itemprop="about" itemscope itemtype="http://schema.org/Thing">
                  <a href="/categories/%E9%9A%8F%E7%AC%94/" itemprop="url" rel="index"><span itemprop="name">随笔</span></a>
                </span>
            </span>
            <span class="post-meta-item" title="阅读次数" id="busuanzi_container_page_pv" style="display: none;">
              <span class="post-meta-item-icon">
                <i class="fa fa-eye"></i>
              </span>
              <span class="post-meta-item-text">阅读次数：</span>
              <span id="busuanzi_value_page_pv"></span>
            </span><br>
            <span class="post-meta-item" title="本文字数">
              <span class="post-meta-item-icon">
                <i class="fa fa-file-word-o"></i>
              </span>
                <span class="post-meta-item-text">本文字数：</span>
              <span>3.1k</span>
            </span>
            <span class="post-meta-item" title="阅读时长">
              <span class="post-meta-item-icon">
                <i class="fa fa-clock-o"></i>
              </span>
                <span class="post-meta-item-text">阅读时长 &asymp;</span>
              <span>3 分钟</span>
            </span>

        </div>
      </header>

    <div class="post-body" itemprop="articleBody">

{content}

    </div>

      <div class="reward-container">
  <div>{O12_REWARD}</div>
  <button onclick="var qr = document.getElementById('qr'); qr.style.display = (qr.style.display === 'none') ? 'block' : 'none';">
    赞赏
  </button>
  <div id="qr" style="display: none;">
      <div style="display: inline-block;">
        <img src="/images/wechatpay.png" alt="{O12_AUTHOR} 微信支付">
        <p>微信支付</p>
      </div>
      <div style="display: inline-block;">
        <img src="/images/alipay.png" alt="{O12_AUTHOR} 支付宝">
        <p>支付宝</p>
      </div>
  </div>
</div>

      <div>
<ul class="post-copyright">
  <li class="post-copyright-author">
    <strong>本文作者： </strong>{O12_AUTHOR}
  </li>
  <li class="post-copyright-link">
    <strong>本文链接：</strong>
    <a href="{O12_LINK}" title="{esc(O12_TITLE)}">{O12_LINK}</a>
  </li>
  <li class="post-copyright-license">
    <strong>版权声明： </strong>本博客所有文章除特别声明外，均采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/zh-CN" rel="noopener" target="_blank"><i class="fa fa-fw fa-creative-commons"></i>BY-NC-SA</a> 许可协议。转载请注明出处！
  </li>
</ul>
</div>

    <footer class="post-footer">
          <div class="post-tags">
{tags}
          </div>

        <div class="post-nav">
          <div class="post-nav-item">
    <a href="/2013/02/20/hexo-migration/" rel="prev" title="{esc(O12_PREV)}">
      <i class="fa fa-chevron-left"></i> {esc(O12_PREV)}
    </a></div>
          <div class="post-nav-item">
    <a href="/2013/03/15/python-stats-crawler/" rel="next" title="{esc(O12_NEXT)}">
      {esc(O12_NEXT)} <i class="fa fa-chevron-right"></i>
    </a></div>
        </div>
    </footer>
  </article>

          </div>

    <div class="comments" id="valine-comments"></div>

        </div>

  <div class="toggle sidebar-toggle">
    <span class="toggle-line toggle-line-first"></span>
    <span class="toggle-line toggle-line-middle"></span>
    <span class="toggle-line toggle-line-last"></span>
  </div>

  <aside class="sidebar">
    <div class="sidebar-inner">

      <ul class="sidebar-nav motion-element">
        <li class="sidebar-nav-toc">
          文章目录
        </li>
        <li class="sidebar-nav-overview">
          站点概览
        </li>
      </ul>

      <!--noindex-->
      <div class="post-toc-wrap sidebar-panel">
          <div class="post-toc motion-element"><ol class="nav">{toc}</ol></div>
      </div>
      <!--/noindex-->

      <div class="site-overview-wrap sidebar-panel">
        <div class="site-author motion-element" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="{O12_AUTHOR}" src="/images/avatar.png">
  <p class="site-author-name" itemprop="name">{O12_AUTHOR}</p>
  <div class="site-description" itemprop="description">后端开发，偶尔写写读书笔记</div>
</div>
<div class="site-state-wrap motion-element">
  <nav class="site-state">
      <div class="site-state-item site-state-posts">
          <a href="/archives/">
          <span class="site-state-item-count">42</span>
          <span class="site-state-item-name">日志</span>
        </a>
      </div>
      <div class="site-state-item site-state-categories">
          <a href="/categories/">
        <span class="site-state-item-count">6</span>
        <span class="site-state-item-name">分类</span></a>
      </div>
      <div class="site-state-item site-state-tags">
          <a href="/tags/">
        <span class="site-state-item-count">58</span>
        <span class="site-state-item-name">标签</span></a>
      </div>
  </nav>
</div>
  <div class="links-of-author motion-element">
      <span class="links-of-author-item">
        <a href="https://github.com/handong-dev" title="GitHub → https://github.com/handong-dev" rel="noopener" target="_blank"><i class="fa fa-fw fa-github"></i>GitHub</a>
      </span>
      <span class="links-of-author-item">
        <a href="mailto:handong@example.com" title="E-Mail → mailto:handong@example.com" rel="noopener" target="_blank"><i class="fa fa-fw fa-envelope"></i>E-Mail</a>
      </span>
  </div>
      </div>

    </div>
  </aside>
  <div id="sidebar-dimmer"></div>

      </div>
    </main>

    <footer class="footer">
      <div class="footer-inner">

<div class="copyright">
  &copy; 2012 &ndash;
  <span itemprop="copyrightYear">2013</span>
  <span class="with-love">
    <i class="fa fa-heart"></i>
  </span>
  <span class="author" itemprop="copyrightHolder">{O12_AUTHOR}</span>
</div>
  <div class="powered-by">由 <a href="https://hexo.io/" class="theme-link" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.org/" class="theme-link" rel="noopener" target="_blank">NexT.Gemini</a> 强力驱动
  </div>

<div class="busuanzi-count">
  <script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
    <span class="post-meta-item" id="busuanzi_container_site_uv" style="display: none;">
      <span class="post-meta-item-icon">
        <i class="fa fa-user"></i>
      </span>
      <span class="site-uv" title="总访客量">
        <span id="busuanzi_value_site_uv"></span>
      </span>
    </span>
</div>
      </div>
    </footer>
  </div>

  <script src="/lib/anime.min.js"></script>
  <script src="/lib/velocity/velocity.min.js"></script>
  <script src="/js/utils.js"></script>
  <script src="/js/motion.js"></script>
  <script src="/js/schemes/pisces.js"></script>
  <script src="/js/next-boot.js"></script>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        O12_TITLE,
        heads,
        body,
        (0, 1, 3, 5, 7, 8),
        [
            O12_REWARD,
            f"本文作者： {O12_AUTHOR}",
            O12_LINK,
            O12_LICENSE,
            O12_POWERED,
            "写代码，也读点别的",
        ],
        "a Hexo blog post in the NexT 7 theme (Gemini scheme; blog, author made up): the "
        "title is h1.post-title 读政府工作报告：写给开发者的几点笔记 (also <title> before | "
        "韩东的技术笔记); the blog name is an <h1>.site-title in the header (neither title "
        "nor heading); in the post body <h2>s are level 1, <h3>s level 2, each followed "
        "inside the element by a markdown-it header-anchor 🔗 (not part of the heading "
        "text); the sidebar's 文章目录 numbers the heads (1., 2.1., …: navigation, the "
        "heads themselves carry no number); the note info box at the top (written here) "
        "is unscored; the paragraph before <a id=more> is body; not body: site header, "
        "subtitle and menu, the post meta (发表于/更新于/分类于/阅读次数/本文字数/阅读时长), "
        "the 赞赏 box, the post-copyright box (本文作者/本文链接/版权声明), # tags, "
        "previous/next post links, sidebar (文章目录, 站点概览 with counts and links), "
        "footer with 由 Hexo & NexT.Gemini 强力驱动",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "o07_sphinx_rtd_headerlink_gbk.html": build_sphinx,
    "o08_vuepress_guide_custom_blocks.html": build_vuepress,
    "o09_mkdocs_material_tabs_admonitions.html": build_mkdocs,
    "o10_gitee_repo_readme_badges.html": build_gitee,
    "o11_docusaurus_versioned_hash_links.html": build_docusaurus,
    "o12_hexo_next_post_link_anchors.html": build_hexo,
}

SOURCE_HEAD = (
    "# Documents made blind, thirty-first set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (see each row). Texts come only from the public government work\n"
    "reports 2013–2017 in `../shared/data/gov-work-reports` (whole paragraphs, long ones\n"
    "cut at a sentence end); titles, headings, labels, names, dates and furniture are\n"
    "written by the scripts, people, places, companies and sites made up. The outputs are\n"
    "committed so tests and CI need none of the tools. Gold (`gold/<file>.json`, the\n"
    "format of `../shared/data/realdocs-dev`) is written by the same scripts from what\n"
    "they put in each document, as a reader reads it and never from reader output: the\n"
    "title, the headings with levels, the running headers that must not reach the body,\n"
    "passages (each one's first 18 characters) that must appear in order, boilerplate\n"
    "that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS: list[str] = [
    '| o07_sphinx_rtd_headerlink_gbk.html | written after the layout of Sphinx 5 books in the Read-the-Docs theme, GBK bytes under `<meta charset="gbk" />` (Sphinx\'s `html_output_encoding`, `¶`/`©` as character references), gwr 2015 (`eval/make_realdocs31_pages.py`, as o08-o12) | one chapter page: side menu with `p.caption[role=heading]` captions 手册正文/附录 and the toctree repeating every numbered head (not heads), version box, search; breadcrumbs repeating the title and 在 GitHub 上编辑 (not body); title = `<h1>` with its `span.section-number`, `3. 深化行政体制改革` (`<title>` lacks the number); `<h2>` `3.1. …` (level 1) and `<h3>` `3.1.1. …` (level 2), numbers kept, the `a.headerlink` `¶` after the text not part of the head; opening paragraph (body); 备注 and 警告 admonitions (`p.admonition-title`: not heads; texts unscored), table with `表 3.1` caption and JSON code block with `代码 3.1` caption (unscored); 上一页/下一页 buttons, © 版权所有… with 最后更新于…, 利用 Sphinx 构建… line, Read the Docs `v: 2.3` flyout (not body); 7 heads |',
    "| o08_vuepress_guide_custom_blocks.html | written after the layout of VuePress 1.9 default-theme guide pages as the server render, gwr 2016 | navbar (repeated inside the sidebar for mobile), search, sidebar whose active page link holds `sidebar-sub-headers` repeating the `<h2>`s (not heads, not body); title = `<h1>` (also `<title>` before `\\| site`); every head opens with `a.header-anchor` `#` and a space before the text (the `#` not part of the head); `<h2>` level 1, `<h3>` level 2, 支持范围 with no text of its own; paragraph after the `<h1>` (body); custom blocks 提示/注意/警告 and one titled 申报时间 (`p.custom-block-title`: not heads; texts unscored), ordered steps, a lead-in line and `div.language-bash` code with line numbers (unscored); 在 Gitee 上编辑此页 with `(opens new window)`, 上次更新: …, `← 注册与登录` / `接口调用说明 →` (not body); 7 heads |",
    "| o09_mkdocs_material_tabs_admonitions.html | written after the layout of MkDocs Material 8 sites, gwr 2014 | skip link 跳转至, header topic repeating site name and page title, search, repository link, nav tabs, primary nav with the page's TOC nested and the secondary 目录 TOC repeating every head (not heads, not body); title = `<h1>` (also `<title>` before ` - site`); `<h2>` level 1, `<h3>` level 2, each ending with `a.headerlink` `¶` (not part of the head; ids `_1`, `_2`…), 绿色低碳发展 with no text of its own; paragraph after the `<h1>` (body); 说明 admonition and collapsible `<details>` 指标说明 (titles not heads, texts unscored), content tabs Python/命令行 with code and a table with a bold caption line (unscored); 编辑此页 icon, 最后更新: …, 上一页/下一页 footer links, Copyright ©…, Made with Material for MkDocs (not body); 7 heads |",
    "| o10_gitee_repo_readme_badges.html | written after the layout of Gitee-like repository pages showing the rendered README.md, gwr 2017 | `<title>` = repository name and description (`policy-kb: …`, not the title), site header, repo title 东川大数据中心/policy-kb, Watch/Star/Fork counts, tabs 代码/Issues/…, branch bar and 克隆/下载, latest-commit line and the file list with commit messages, README.md label (not body); title = the README's first heading, the `<h1>` after a row of shields badge images; README `<h2>` level 1, `<h3>` (安装, 使用示例) level 2, each with an empty `a.anchor` before the text; paragraph under the `<h1>` (body); 功能特性 list, code blocks, field table with its lead-in line, 参与贡献 steps and 许可证 line (unscored); right column 介绍/licence line/发行版 (3)/贡献者 (4)/语言/近期动态 with `<h3>`s (not heads, not body), footer; 8 heads |",
    "| o11_docusaurus_versioned_hash_links.html | written after the layout of Docusaurus 2 doc pages of an unmaintained version, gwr 2017 | skip link, navbar with a 1.x version dropdown, doc sidebar (not body); the version banner 这是 … 1.x 版的文档，现已不再积极维护。/最新的文档请参阅 最新版本 (2.x)。, breadcrumbs, 版本：1.x badge, 本页总览 (not body); title = `<h1>` in the article `<header>`; `<h2>`/`<h3>`/`<h4>` levels 1/2/3, each ending with `a.hash-link` holding only a zero-width space (the `#` drawn by CSS), four heads with no text of their own; paragraph after the `<h1>` (body); admonitions 提示 and a warning titled 数据口径 (`admonitionHeading`: not heads; texts unscored), code block titled apply.json and Java/Python tabs with code and 复制 buttons (unscored); 编辑此页, 最后由 … 于 … 更新, 上一页/下一页 pagination, right TOC repeating every head, footer (not body); 10 heads |",
    '| o12_hexo_next_post_link_anchors.html | written after the layout of Hexo blog posts in the NexT 7 theme (Gemini) with markdown-it anchors, gwr 2013 | blog name in header `h1.site-title` (not title, not head), subtitle, menu; title = `h1.post-title`; post meta 发表于/更新于/分类于/阅读次数/本文字数/阅读时长 (not body); `note info` box at the top (unscored); paragraph before `<a id="more">` (body); `<h2>` level 1, `<h3>` level 2, each with a `a.header-anchor` `🔗` after the text inside the element (not part of the head); 赞赏 box, post-copyright box 本文作者/本文链接/版权声明, `#` tags, previous/next post links, sidebar 文章目录 numbering the heads with `nav-number` (1., 2.1., …: not heads), 站点概览, footer 由 Hexo & NexT.Gemini 强力驱动 (not body); 7 heads |',
]


def chromium_check(docs: Path, gold_dir: Path, names: list[str]) -> None:
    """Every gold string against the text of the DOM Chromium builds from the page."""
    prev30.chromium_check(docs, gold_dir, names)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=prev20.ROOT / "eval" / "data" / "realdocs-made31")
    ap.add_argument("--only", nargs="*", default=None, help="file name prefixes")
    ap.add_argument("--chromium", action="store_true", help="check the gold in Chromium's DOM")
    ap.add_argument("--rows", type=Path, default=None, help="write this half's SOURCE.md rows here")
    ap.add_argument("--source", action="store_true", help="put the rows into <out>/SOURCE.md")
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    names = [n for n in BUILDERS if not a.only or n.startswith(tuple(a.only))]
    for name in names:
        with tempfile.TemporaryDirectory() as tmp:
            g = BUILDERS[name](Path(tmp) / name)
            (docs / name).write_bytes((Path(tmp) / name).read_bytes())
        base.write_gold(gold / f"{name}.json", g)
    print(f"made {len(names)} documents in {docs}", file=sys.stderr)
    if a.rows:
        a.rows.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    if a.source:
        more.update_source(a.out / "SOURCE.md", ROWS, SOURCE_HEAD, MINE)
        pages2.sort_source_rows(a.out / "SOURCE.md")
    if a.chromium:
        chromium_check(docs, gold, names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
