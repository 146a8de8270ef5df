"""Build the probe-ae documents in docs-ae/ from the sources in docs-ae-src/.

Run with the project venv from the repository root:  .venv/bin/python evals/devset/make_pdfs_ae.py

Probe AE: eight ORDINARY, current member/officer protocols of invented councils (parish, town, Welsh community
council, district, London borough, county, unitary, Scottish council), each in a published form that earlier
probes did not use, with that form's everyday noise:
- a parish protocol as a Word-export PDF whose rules sit inside LONG JUSTIFIED PARAGRAPHS, each rule opened by a
  BOLD lower-case roman numeral '(iv)' in mid-paragraph, restarting in each section (Upper Hawsby);
- a town council page on GOOGLE SITES saved as HTML: numbered <h3> headings, clauses as <div>s (no <p>), the
  'Copy heading link' tooltips, 'Embedded Files' and the 'Report abuse / Page details / Page updated' footer
  (Hollenbury);
- a Welsh community council's bilingual protocol printed as PARALLEL FACING PAGES, Welsh on the left-hand pages
  and English on the right-hand pages, so the English text is interrupted by a Welsh page (Pontrhydlas);
- a district protocol as a KNOWLEDGE ARTICLE (KB number, version, views, 'Valid to', rating, attachments,
  related articles) in the councillors' help-centre portal, saved as HTML (Marchbury);
- a London borough's LARGE PRINT VERSION as a PDF: 16 pt ragged-right text, contents page, paragraphs running
  over page breaks (Ravensgate);
- a county constitution page whose whole protocol is ONE <ol> of 36 browser-numbered clauses with bold run-in
  labels and nested <ol type="a"> sub-items (Merrowshire);
- a unitary constitution protocol as a Word file in the 'Article 4' / '4.01' numbering style (Corrington);
- a Scottish council's designed guide as a PDF whose items are numbered with DINGBAT CIRCLED DIGITS restarting
  in each section (Auchtermoss).
Shared helpers come from gen_common.py; the PDFs use the DejaVu faces. Deterministic: fixed creation dates and zip
timestamps, no randomness.
"""

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import (  # noqa: E402
    DejaVuDoc,
    add_field,
    all_of,
    done,
    esc,
    first,
    read_tagged,
    save_docx,
    shade_cell,
    slug,
)

SRC = HERE / "docs-ae-src"
OUT = HERE / "docs-ae"
OUT.mkdir(exist_ok=True)
NEXT = dict(new_x="LMARGIN", new_y="NEXT")
ZIP_TIME = (2024, 10, 14, 10, 15, 0)


def parse(name):
    return read_tagged(SRC / f"{name}.txt")


DVDoc = DejaVuDoc


def write_html(name, lines):
    path = OUT / f"{name}.html"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done(path)


# ======== 1. Upper Hawsby Parish Council (Word-export PDF, bold inline roman numerals in long paragraphs)
class HawsbyPDF(DVDoc):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 4, "Upper Hawsby Parish Council - Protocol for Councillors and the Clerk")
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 4, "Policy 7", align="R")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw, 4, f"Policy 7 | Adopted 12 March 2025 | Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def upper_hawsby():
    name = "upper-hawsby-parish-council"
    items = parse(name)
    pdf = HawsbyPDF(format="A4")
    pdf.setup(
        "Protocol for Councillors and the Clerk",
        "Microsoft\u00ae Word 2016",
        "Clerk to Upper Hawsby Parish Council",
        dt.datetime(2025, 3, 17, 9, 40, 0, tzinfo=dt.UTC),
    )
    pdf.alias_nb_pages()
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_y(24)
    pdf.set_font("Sans", "B", 16)
    pdf.cell(0, 9, first(items, "TITLE"), align="C", **NEXT)
    pdf.set_font("Sans", "", 12.5)
    pdf.cell(0, 7, first(items, "SUB"), align="C", **NEXT)
    pdf.ln(2)
    pdf.set_font("Sans", "I", 9)
    pdf.multi_cell(0, 4.8, first(items, "META"), align="C", **NEXT)
    pdf.ln(2)
    pdf.set_draw_color(60, 60, 60)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(5)

    para = []

    def flush():
        if para:
            pdf.set_font("Sans", "", 10)
            body = " ".join(f"**({roman})** {text}" for roman, text in para)
            pdf.multi_cell(0, 5.2, body, markdown=True, align="J", **NEXT)
            pdf.ln(2.4)
            para.clear()

    ctrl = []
    for tag, rest in items:
        if tag == "S":
            flush()
            num, heading = rest.split("|", 1)
            if pdf.get_y() > pdf.h - pdf.b_margin - 24:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("Sans", "B", 11)
            pdf.cell(9, 6, f"{num}.")
            pdf.cell(0, 6, heading, **NEXT)
            pdf.ln(1)
        elif tag == "I":
            roman, text = rest.split("|", 1)
            para.append((roman, text))
        elif tag == "BR":
            flush()
        elif tag == "CTRL":
            ctrl.append(rest.split("|", 1))
    flush()
    # document control table and signature line
    if pdf.get_y() > pdf.h - pdf.b_margin - 60:
        pdf.add_page()
    pdf.ln(6)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 6, "Document control", **NEXT)
    for k, v in ctrl:
        pdf.set_font("Sans", "B", 9)
        pdf.set_fill_color(235, 235, 235)
        pdf.cell(45, 6.5, " " + k, border=1, fill=True)
        pdf.set_font("Sans", "", 9)
        pdf.cell(0, 6.5, " " + v, border=1, **NEXT)
    pdf.ln(14)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(0, 6, first(items, "SIGN"), **NEXT)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 2. Hollenbury Town Council (Google Sites page saved as HTML)
GS = "https://sites.google.com/view/hollenburytowncouncil"


def gs_id(k):
    """A Google-Sites-like heading id (fixed, derived from the index)."""
    return "h." + format((k * 2654435761) % (1 << 40), "x").rjust(10, "0")


def hollenbury():
    name = "hollenbury-town-council"
    items = parse(name)
    site = first(items, "SITE")
    page = first(items, "PAGE")
    page_url = f"{GS}/policies/councillors-and-staff-protocol"
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" itemscope itemtype="http://schema.org/WebPage">')
    w("<head>")
    w('<meta charset="utf-8">')
    w("<script nonce=\"Qk1tNHVzSFl2\">var DOCS_timing={}; DOCS_timing['sl']=new Date().getTime();</script>")
    w('<meta content="IE=edge" http-equiv="X-UA-Compatible">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f'<meta property="og:title" content="{esc(page)}">')
    w('<meta property="og:type" content="website">')
    w(f'<meta property="og:url" content="{page_url}">')
    w('<meta itemprop="name" content="' + esc(site) + '">')
    w(
        '<link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C400%2C700%7COpen%20Sans%3A400%2C600'
        '&amp;display=swap" rel="stylesheet" nonce="Qk1tNHVzSFl2">'
    )
    w(
        '<link href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.7nD1uVqs9fA.L.X.O/am=MBiA/d=1/rs=AGEqA5k0'
        'd8X3wT1pQ2" data-id="_cl" rel="stylesheet" nonce="Qk1tNHVzSFl2">'
    )
    w(f"<title>{esc(site)} - {esc(page)}</title>")
    w("</head>")
    w('<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d">')
    w(
        '<div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;">'
        '<div id="docs-banner-container"><div id="docs-banners"><div id="HB1eCd-mzNpsf-r8s4j-ORHb"></div>'
        '<div id="HB1eCd-TZk80d-r8s4j-ORHb" aria-live="assertive" aria-atomic="true"></div></div>'
        '<div class="HB1eCd-Vkfede-NBtyUd-PvRhvb-LwH6nd"></div></div>'
    )
    w(
        '<div class="Xpil1b xgQ6eb"></div><div class="zDUgLc" role="region" aria-label="Cookie notice">'
        "<span>This site uses cookies from Google to deliver its services and to analyse traffic.</span>"
        '<div class="pMImLb"><a href="https://policies.google.com/technologies/cookies" target="_blank">'
        'Learn more</a><div role="button" class="U26fgb O0WRkf oG5Srb C0oVfc" tabindex="0">'
        '<span class="CwaK9"><span class="RveJvd snByac">Got it</span></span></div></div></div>'
    )
    w(
        '<div jscontroller="X4BaPc" jsaction="rtFGi:LlW6Kb;" class="LqzjUe">'
        '<div class="PvL6Pc" role="navigation" aria-label="Skip links">'
        f'<a class="TlfmSc YSH9J" href="#{gs_id(0)}">Skip to main content</a>'
        '<a class="TlfmSc YSH9J" href="#nav-main">Skip to navigation</a></div>'
    )
    w('<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef">')
    w(
        '<div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" '
        'class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="' + GS + '/home">'
        '<img src="https://lh3.googleusercontent.com/sitesv/APaQ0SQ_hollenbury_crest=w16383" '
        'class="lzy1Td" role="img" aria-label="Site home"><span class="QTKDff">' + esc(site) + "</span></a></div>"
        "</div>"
    )
    w(
        '<div jsname="mADGA" class="zDUgLc"><div jscontroller="gK4Hkf" class="RBEWZc">'
        '<div class="OjZYKb" jsname="LgbsSe"><input type="text" class="whsOnd zHQkBf" jsname="YPqjbf" '
        'aria-label="Search this site" placeholder="Search this site" autocomplete="off"></div>'
        '<div class="BbUaWd">Search this site</div></div></div></div>'
    )
    w('<nav id="nav-main" class="JzO0Vc" jsname="ihoMLd" role="navigation" tabindex="-1">')
    w('<ul class="jYxBte Fpy8Db" role="navigation" tabindex="-1">')
    for lab in all_of(items, "NAV"):
        cur = ' aria-selected="true"' if lab == "Policies" else ""
        w(
            '<li jsname="ibnC6b" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc">'
            f'<div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb"'
            f'{cur} href="{GS}/{slug(lab)}" data-url="/{slug(lab)}">{esc(lab)}</a></div></div></li>'
        )
    w("</ul></nav></div></header>")
    w(f'<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr" id="{gs_id(0)}">')
    w(
        '<section class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf" style=""><div class="Nu95r">'
        '<div class="IFuOkc" style="background-size: cover; background-position: center center; '
        'background-image: url(https://lh3.googleusercontent.com/sitesv/APaQ0SR_cornexchange_banner=w16383);">'
        '</div></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">'
        '<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb '
        'pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd">'
        '<div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId">'
        f'<div class="oKdM2c ZZyype Kzv0Me"><div id="{gs_id(1)}" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 '
        'zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb '
        'baZpAe lkHyyc">'
        f'<h1 id="{gs_id(2)}" dir="ltr" class="duRjpb CDt4Ke " style=""><span class="C9DxTc ">{esc(page)}'
        "</span></h1></div></div></div></div></div></div></div></div></div></section>"
    )
    w(
        '<section class="yaqOZd"><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf '
        'j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd JNdkSc SQVYQc">'
        '<div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsname="F57UId">'
        '<div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb '
        'wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">'
    )
    w(f'<div dir="ltr" class="zfr3Q CDt4Ke "><span class="C9DxTc ">{esc(first(items, "INTRO"))}</span></div>')
    k = 3
    for tag, rest in items:
        if tag == "H3":
            w(
                f'<h3 id="{gs_id(k)}" dir="ltr" class="zfr3Q OmQG5e CDt4Ke " style="">'
                '<div jscontroller="Ae65rd" jsaction="touchstart:UrsOsc; click:KjsqPd; focusout:QZoaZ; '
                'mouseover:y0pDld; mouseout:dq0hvd;fv1Rjc:jbFSOd;CrfLRd:SzACGe;" class="CjVfdc">'
                '<div class="PPhIP rviiZ" jsname="haAclf"><div role="presentation" class="U26fgb mUbCce fKz7Od '
                'LRAOtb Znu9nd M9Bg4d" jscontroller="mxS5xe" jsaction="click:cOuCgd;" aria-describedby="'
                f'{gs_id(k)}-tt" aria-label="Copy heading link" tabindex="0"><span class="xjKiLb">'
                '<span class="Ce1Y1c" style="top: -11px"><svg class="OUGEr QdAdhf" width="22px" height="22px" '
                'viewBox="0 0 24 24" fill="currentColor"><path d="M0 0h24v24H0z" fill="none"></path></svg>'
                f'</span></span></div><div class="ULNtHe" id="{gs_id(k)}-tt" role="tooltip" aria-hidden="true">'
                "Copy heading link</div></div></div>"
                f'<span class="C9DxTc ">{esc(rest)}</span></h3>'
            )
            k += 1
        elif tag == "D":
            w(f'<div dir="ltr" class="zfr3Q CDt4Ke "><span class="C9DxTc ">{esc(rest)}</span></div>')
    w("</div></div></div></div></div></div></div></div></section>")
    embed = first(items, "EMBED")
    w(
        '<section class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">'
        '<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd">'
        '<div class="WIdY2d M1aSXe"><div jscontroller="VYKRW" jsaction="rcuQ6b:rcuQ6b;" class="ZcASvf-uQSCkd">'
        '<div class="w536ob" aria-label="Embedded Files" role="region"><div class="YMEQtf">Embedded Files</div>'
        '<iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms '
        'allow-same-origin" frameborder="0" aria-label="Drive, ' + esc(embed) + '" '
        'src="https://drive.google.com/file/d/1hTcPr0t0c0lCouNciLl0rsStaff25/preview" allowfullscreen></iframe>'
        "</div></div></div></div></div></div></div></section>"
    )
    w(
        '<section class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc">'
        '<div class="tyJCtd mGzaTb Depvyb baZpAe"><div dir="ltr" class="zfr3Q CDt4Ke ">'
        f'<span class="C9DxTc " style="font-size: 9pt;">{esc(first(items, "FOOT"))}</span></div></div></div></div>'
        "</section>"
    )
    w("</div>")
    w(
        '<div class="Xpil1b xgQ6eb"></div><div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;'
        'FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="1749734520141" data-is-preview="false">'
        '<div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" '
        'aria-label="Site actions" aria-disabled="false" tabindex="0" aria-haspopup="true" aria-expanded="false">'
        '<div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsname="m9ZlFb" class="MhXXcc oJeWuf">'
        '<span jsname="S5tZuc" class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24" '
        'focusable="false" class="NMm5M"><path d="M11 17h2v-6h-2v6z"></path></svg></span></span>'
        '<div jsname="xl07Ob" style="display:none" aria-hidden="true"><div class="JPdR6b hVNH5c" '
        'jscontroller="uY3Nvd" role="menu" tabindex="0"><div class="XvhY1d" jsaction="mousedown:p8EH2c;">'
        '<div class="JAPqpe K0NPx"><span jsslot class="z80M1 FeRvI" role="menuitem" tabindex="-1">'
        '<div class="aBBjbd MbhUzd" jsname="ksKsZd"></div><div class="uyYuVb oJeWuf" jsaction="click:o6ZaF">'
        '<div class="jO7h3c">Google Sites</div></div></span><span jsslot class="z80M1 FeRvI" role="menuitem" '
        'tabindex="-1"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Report abuse</div></div></span>'
        '<span jsslot class="z80M1 FeRvI" role="menuitem" tabindex="-1"><div class="uyYuVb oJeWuf">'
        '<div class="jO7h3c">Page details</div></div></span><span jsslot class="z80M1 FeRvI" role="menuitem" '
        'tabindex="-1" aria-disabled="true"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Page updated </div>'
        '<div class="wGkmfd">12 June 2025</div></div></span></div></div></div></div></div></div>'
    )
    w(
        '<div jscontroller="j1RDQb" class="dZA9kd ynRLnc"><a class="Zjiec oNsfjf" href="https://sites.google.com/'
        'new" target="_blank">Google Sites</a> <a class="Zjiec" href="https://www.google.com/sites/'
        "reportabuse?url=" + page_url + '" target="_blank">Report abuse</a></div>'
    )
    w("</div></div>")
    w(
        "<script nonce=\"Qk1tNHVzSFl2\">DOCS_timing['cov']=new Date().getTime();</script>"
        '<script src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.en_GB.Lz1zT1X8kDs.O/am=MBiA/d=1/rs=AGEqA5'
        'l4oPx" id="base-js" nonce="Qk1tNHVzSFl2"></script>'
    )
    w("</body></html>")
    write_html(name, o)


# ======== 3. Pontrhydlas Community Council (bilingual protocol on parallel facing pages)
CY_GREEN = (0, 105, 62)
EN_NAVY = (28, 48, 96)


class FacingPDF(DVDoc):
    running = {}

    def header(self):
        n = self.page_no()
        if n == 1:
            return
        left_page = n % 2 == 0
        text, colour = self.running["cy" if left_page else "en"]
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*colour)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 4, text, align="L" if left_page else "R")
        self.set_draw_color(*colour)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        n = self.page_no()
        if n == 1:
            return
        self.set_y(-13)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw, 4, str(n), align="L" if n % 2 == 0 else "R")
        self.set_text_color(0, 0, 0)


def pontrhydlas():
    name = "pontrhydlas-community-council"
    items = parse(name)
    pdf = FacingPDF(format="A4")
    pdf.running = {
        "cy": ("Cyngor Cymuned Pontrhydlas - Protocol Cynghorwyr a Staff", CY_GREEN),
        "en": ("Pontrhydlas Community Council - Councillor and Staff Protocol", EN_NAVY),
    }
    pdf.setup(
        "Protocol Cynghorwyr a Staff / Councillor and Staff Protocol",
        "Microsoft\u00ae Word for Microsoft 365",
        "Clerc / Clerk",
        dt.datetime(2024, 11, 21, 16, 2, 0, tzinfo=dt.UTC),
    )
    pdf.set_margins(22, 21, 22)
    pdf.set_auto_page_break(True, 18)
    # cover (a right-hand page)
    pdf.add_page()
    cover = all_of(items, "COVER")
    pdf.set_y(48)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*CY_GREEN)
    pdf.cell(0, 10, cover[0], align="C", **NEXT)
    pdf.set_text_color(*EN_NAVY)
    pdf.cell(0, 10, cover[1], align="C", **NEXT)
    pdf.ln(6)
    pdf.set_font("Sans", "", 14)
    pdf.set_text_color(*CY_GREEN)
    pdf.cell(0, 8, cover[2], align="C", **NEXT)
    pdf.set_text_color(*EN_NAVY)
    pdf.cell(0, 8, cover[3], align="C", **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(16)
    pdf.set_font("Sans", "", 10.5)
    for line in cover[4:6]:
        pdf.cell(0, 6.5, line, align="C", **NEXT)
    pdf.ln(10)
    pdf.set_font("Sans", "I", 9.5)
    pdf.set_text_color(*CY_GREEN)
    pdf.multi_cell(0, 5.2, cover[6], align="C", **NEXT)
    pdf.set_text_color(*EN_NAVY)
    pdf.multi_cell(0, 5.2, cover[7], align="C", **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(pdf.h - 45)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 5, cover[8], align="C", **NEXT)

    # group the items into spreads, each with a Welsh and an English list
    spreads = []
    for tag, rest in items:
        if tag == "SPREAD":
            spreads.append({"cy": [], "en": []})
        elif tag in ("CYH", "CY", "CYEND"):
            spreads[-1]["cy"].append((tag, rest))
        elif tag in ("ENH", "EN", "ENEND"):
            spreads[-1]["en"].append((tag, rest))

    def page(entries, colour):
        pdf.add_page()
        start = pdf.page_no()
        for tag, rest in entries:
            if tag in ("CYH", "ENH"):
                num, heading = rest.split("|", 1)
                pdf.ln(2)
                pdf.set_font("Sans", "B", 11.5)
                pdf.set_text_color(*colour)
                pdf.cell(11, 6.5, num)
                pdf.cell(0, 6.5, heading, **NEXT)
                pdf.set_text_color(0, 0, 0)
                pdf.ln(1)
            elif tag in ("CY", "EN"):
                num, text = rest.split("|", 1)
                L = pdf.l_margin
                pdf.set_font("Sans", "", 10)
                pdf.set_x(L)
                pdf.cell(11, 5.3, num)
                pdf.set_left_margin(L + 11)
                pdf.set_x(L + 11)
                pdf.multi_cell(0, 5.3, text, **NEXT)
                pdf.set_left_margin(L)
                pdf.ln(1.8)
            else:
                pdf.ln(12)
                pdf.set_font("Sans", "", 9.5)
                pdf.cell(0, 6, rest, **NEXT)
        assert pdf.page_no() == start, "a language page ran over onto the next page"

    for sp in spreads:
        page(sp["cy"], CY_GREEN)
        page(sp["en"], EN_NAVY)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 4. Marchbury District Council (knowledge article in the councillors' help-centre portal)
MH = "https://members.marchbury.gov.uk"


def marchbury():
    name = "marchbury-district-council"
    items = parse(name)
    title = first(items, "TITLE")
    kb = first(items, "KB")
    heads = all_of(items, "H2")
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" data-portal="members_help">')
    w("<head>")
    w('<meta charset="utf-8">')
    w(f"<title>{kb} - {esc(title)} - Members' Help Centre</title>")
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w('<link rel="stylesheet" href="/styles/sp-bootstrap.min.css?v=09-2024">')
    w('<link rel="stylesheet" href="/styles/members_help_theme.css?v=3.2">')
    w(
        '<script>window.NOW = window.NOW || {}; NOW.portal_id = "6f0c1d2e1b8a5910c7f5e8a9b0c1d2e3"; '
        'NOW.user_name = "cllr.a.hesketh"; NOW.language = "en";</script>'
    )
    w("</head>")
    w('<body class="sp-portal members-help">')
    w('<a class="sr-only sr-only-focusable" href="#kb-article-main">Skip to page content</a>')
    w('<header class="navbar navbar-default" role="banner"><div class="container-fluid">')
    w(
        '<a class="navbar-brand" href="/mhc"><img src="/mdc_logo_white.png" alt="Marchbury District Council">'
        "<span>Members' Help Centre</span></a>"
    )
    w('<ul class="nav navbar-nav navbar-right">')
    for lab, href in (
        ("Knowledge", "/mhc?id=kb_home"),
        ("Log a member enquiry", "/mhc?id=sc_cat_item&sys_id=member_enquiry"),
        ("My enquiries", "/mhc?id=my_requests"),
        ("Committee papers", "/mhc?id=committee_papers"),
    ):
        w(f'<li><a href="{href}">{lab}</a></li>')
    w(
        '<li class="dropdown header-avatar"><a href="#" class="dropdown-toggle" aria-haspopup="true">'
        '<span class="sp-avatar-initials">AH</span> Cllr Anna Hesketh</a>'
        '<ul class="dropdown-menu"><li><a href="/mhc?id=user_profile">Profile</a></li>'
        '<li><a href="/logout.do">Log out</a></li></ul></li>'
    )
    w("</ul></div></header>")
    w('<section class="kb-search-bar"><form role="search" action="/mhc">')
    w('<input type="hidden" name="id" value="search">')
    w(
        '<label class="sr-only" for="kb-q">Search</label><input id="kb-q" name="q" type="search" '
        'placeholder="How can we help?" aria-label="How can we help?">'
    )
    w('<button type="submit" class="btn btn-primary">Search</button></form></section>')
    w('<nav aria-label="Breadcrumb"><ol class="breadcrumb">')
    for lab, href in (
        ("Home", "/mhc"),
        ("Knowledge", "/mhc?id=kb_home"),
        ("Members", "/mhc?id=kb_view&kb_knowledge_base=members"),
        ("Governance and Constitution", "/mhc?id=kb_category&kb_category=governance"),
    ):
        w(f'<li><a href="{href}">{lab}</a></li>')
    w(f'<li class="active" aria-current="page">{kb}</li>')
    w("</ol></nav>")
    w('<div class="container-fluid"><div class="row">')
    w('<main id="kb-article-main" class="col-md-9" role="main">')
    w('<div class="panel panel-default kb-article"><div class="panel-heading kb-article-header">')
    w(f'<div class="kb-number-info"><span class="kb-number">{kb}</span> <span class="kb-version">')
    w(f"Latest Version {first(items, 'VER')}</span></div>")
    w(f'<h1 class="kb-title">{esc(title)}</h1>')
    w(
        '<div class="kb-meta"><span class="author"><i class="fa fa-user" aria-hidden="true"></i> Authored by '
        f'{esc(first(items, "AUTH"))}</span> <span class="sep">&#8226;</span> '
        f'<span class="views"><i class="fa fa-eye" aria-hidden="true"></i> {esc(first(items, "VIEWS"))}</span> '
        '<span class="sep">&#8226;</span> <span class="updated">Last modified '
        f"{esc(first(items, 'MODIFIED'))}</span></div>"
    )
    w(
        '<div class="kb-rating"><span class="sr-only">Average rating</span>'
        '<span class="fa fa-star"></span><span class="fa fa-star"></span><span class="fa fa-star"></span>'
        '<span class="fa fa-star"></span><span class="fa fa-star-o"></span> <span class="kb-rating-count">'
        "(17)</span></div>"
    )
    w(
        '<div class="kb-actions"><a href="#" class="kb-action-flag">Flag article</a> '
        '<a href="#" class="kb-action-permalink">Copy permalink</a> '
        '<a href="#" class="kb-action-subscribe">Subscribe</a></div>'
    )
    w("</div>")
    w('<div class="panel-body"><article class="kb-article-content" itemprop="articleBody">')
    w(f"<p><strong>{esc(first(items, 'LEAD'))}</strong></p>")
    w("<p>&nbsp;</p>")
    for tag, rest in items:
        if tag == "H2":
            w(f'<h2 id="{slug(rest)}">{esc(rest)}</h2>')
        elif tag == "P":
            num, text = rest.split("|", 1)
            w(f"<p>{num}&nbsp; {esc(text)}</p>")
    w("<p>&nbsp;</p>")
    w("</article></div>")
    w('<div class="panel-footer kb-article-footer">')
    w(f'<div class="kb-valid-to">Valid to {esc(first(items, "VALID"))}</div>')
    w(
        '<div class="kb-helpful"><span>Helpful?</span> <button type="button" class="btn btn-default">Yes</button> '
        '<button type="button" class="btn btn-default">No</button></div>'
    )
    w("</div></div>")
    w('<div class="panel panel-default kb-attachments"><div class="panel-heading"><h2>Attachments</h2></div>')
    w('<ul class="list-group">')
    for att in all_of(items, "ATTACH"):
        fname, size = att.split("|", 1)
        w(f'<li class="list-group-item"><a href="/sys_attachment.do?sys_id=4d1f8a">{esc(fname)}</a> ({size})</li>')
    w("</ul></div>")
    w("</main>")
    w('<aside class="col-md-3">')
    w('<div class="panel panel-default kb-toc"><div class="panel-heading"><h2>Table of contents</h2></div><ul>')
    for hd in heads:
        w(f'<li><a href="#{slug(hd)}">{esc(hd)}</a></li>')
    w("</ul></div>")
    w('<div class="panel panel-default kb-related"><div class="panel-heading"><h2>Related articles</h2></div><ul>')
    for lab in all_of(items, "RELATED"):
        w(f'<li><a href="/mhc?id=kb_article&amp;q={slug(lab)}">{esc(lab)}</a></li>')
    w("</ul></div>")
    w('<div class="panel panel-default kb-most"><div class="panel-heading"><h2>Most viewed</h2></div><ul>')
    for lab in all_of(items, "MOST"):
        w(f'<li><a href="/mhc?id=kb_article&amp;q={slug(lab)}">{esc(lab)}</a></li>')
    w("</ul></div></aside>")
    w("</div></div>")
    w(
        '<footer class="sp-footer"><p>Marchbury District Council, Marchbury House, Castle Street, Marchbury. '
        "Members' Help Centre - for councillors of Marchbury District Council only.</p>"
        '<p><a href="/mhc?id=accessibility">Accessibility</a> | <a href="/mhc?id=privacy">Privacy</a> | '
        '<a href="' + MH + '/mhc?id=ict_help">ICT Service Desk</a></p></footer>'
    )
    w("</body></html>")
    write_html(name, o)


# ======== 5. London Borough of Ravensgate (large print version as a PDF)
class LargePrintPDF(DVDoc):
    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-16)
        self.set_font("Sans", "", 11)
        self.set_text_color(60, 60, 60)
        self.cell(self.epw, 6, "Member and Officer Protocol - large print")
        self.set_x(self.l_margin)
        self.cell(self.epw, 6, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def ravensgate_build(items, pages):
    pdf = LargePrintPDF(format="A4")
    pdf.setup(
        "Member and Officer Protocol - large print version",
        "Microsoft\u00ae Word for Microsoft 365",
        "Democratic Services",
        dt.datetime(2025, 3, 4, 11, 20, 0, tzinfo=dt.UTC),
    )
    pdf.alias_nb_pages()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    found = {}
    pdf.add_page()
    cover = all_of(items, "COVER")
    pdf.set_y(40)
    pdf.set_font("Sans", "B", 26)
    pdf.multi_cell(0, 13, cover[0], **NEXT)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 22)
    pdf.multi_cell(0, 11, cover[1], **NEXT)
    pdf.ln(6)
    pdf.set_font("Sans", "", 20)
    pdf.multi_cell(0, 10, cover[2], **NEXT)
    pdf.ln(14)
    pdf.set_font("Sans", "", 16)
    for note in all_of(items, "NOTE"):
        pdf.multi_cell(0, 8.5, note, align="L", **NEXT)
        pdf.ln(5)
    # contents
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.cell(0, 11, "Contents", **NEXT)
    pdf.ln(4)
    pdf.set_font("Sans", "", 16)
    for tag, rest in items:
        if tag == "S":
            num, heading = rest.split("|", 1)
            y = pdf.get_y()
            pdf.cell(14, 9, num)
            pdf.cell(120, 9, heading)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(0, 9, f"page {pages.get(num, 0)}", align="R", **NEXT)
    # body
    pdf.add_page()
    for tag, rest in items:
        if tag == "S":
            num, heading = rest.split("|", 1)
            if pdf.get_y() > pdf.h - pdf.b_margin - 40:
                pdf.add_page()
            pdf.ln(4)
            found[num] = pdf.page_no()
            pdf.set_font("Sans", "B", 20)
            pdf.multi_cell(0, 11, f"{num}. {heading}", **NEXT)
            pdf.ln(3)
        elif tag == "P":
            num, text = rest.split("|", 1)
            if pdf.get_y() > pdf.h - pdf.b_margin - 10:
                pdf.add_page()
            pdf.set_font("Sans", "", 16)
            pdf.multi_cell(0, 8.5, f"**{num}** {text}", markdown=True, align="L", **NEXT)
            pdf.ln(5)
        elif tag == "END":
            pdf.set_font("Sans", "I", 16)
            if pdf.get_y() + 8 + 2 * 8.5 > pdf.h - pdf.b_margin:
                pdf.add_page()
            pdf.ln(8)
            pdf.multi_cell(0, 8.5, rest, align="L", **NEXT)
    return pdf, found


def ravensgate():
    name = "london-borough-of-ravensgate"
    items = parse(name)
    _, pages = ravensgate_build(items, {})
    pdf, pages2 = ravensgate_build(items, pages)
    assert pages == pages2, "contents page numbers moved between passes"
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


# ======== 6. Merrowshire County Council (the whole protocol as one <ol>, nested <ol type="a">)
MCC = "https://www.merrowshire.gov.uk"


def merrowshire():
    name = "merrowshire-county-council"
    items = parse(name)
    title = first(items, "TITLE")
    # group sub-items under their clause
    clauses = []
    for tag, rest in items:
        if tag == "LI":
            label, text = rest.split("|", 1)
            clauses.append((label, text, []))
        elif tag == "SUB":
            clauses[-1][2].append(rest)
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB">')
    w("<head>")
    w('<meta charset="utf-8">')
    w(f"<title>{esc(title)} | Merrowshire County Council</title>")
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f'<link rel="canonical" href="{MCC}/council-and-democracy/constitution/member-officer-protocol">')
    w('<link rel="stylesheet" href="/themes/merrowshire/css/main.css?v=2024.4">')
    w("</head>")
    w('<body class="page-node-type-page">')
    w(
        '<div class="cookie-banner" role="region" aria-label="Cookies on the Merrowshire County Council website">'
        "<h2>Cookies on our website</h2><p>We use some essential cookies to make this website work. We would also "
        "like to set analytics cookies to understand how you use the site.</p>"
        '<button type="button" class="button">Accept analytics cookies</button> '
        '<button type="button" class="button">Reject analytics cookies</button> '
        '<a href="/cookies">How we use cookies</a></div>'
    )
    w('<a href="#main-content" class="skip-link">Skip to main content</a>')
    w('<header class="site-header"><a href="/" class="logo"><img src="/themes/merrowshire/logo.svg" ')
    w('alt="Merrowshire County Council homepage"></a>')
    w(
        '<form class="site-search" action="/search"><label for="q">Search this site</label>'
        '<input id="q" name="q" type="search"><button type="submit">Search</button></form>'
    )
    w('<nav class="main-menu" aria-label="Main menu"><ul>')
    for lab in (
        "Roads and travel",
        "Schools and education",
        "Adult social care",
        "Children and families",
        "Libraries",
        "Waste and recycling",
        "Council and democracy",
    ):
        w(f'<li><a href="/{slug(lab)}">{lab}</a></li>')
    w("</ul></nav></header>")
    w('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>')
    for lab, href in (
        ("Home", "/"),
        ("Council and democracy", "/council-and-democracy"),
        ("Our constitution", "/council-and-democracy/constitution"),
        ("Part 5: Codes and protocols", "/council-and-democracy/constitution/part-5"),
    ):
        w(f'<li><a href="{href}">{lab}</a></li>')
    w("</ol></nav>")
    w('<main id="main-content" class="main">')
    w(f"<h1>{esc(title)}</h1>")
    for intro in all_of(items, "INTRO"):
        w(f"<p>{esc(intro)}</p>")
    w('<ol class="protocol-list">')
    for label, text, subs in clauses:
        if subs:
            w(f"<li><strong>{esc(label)}</strong> {esc(text)}")
            w('<ol type="a">')
            for s in subs:
                w(f"<li>{esc(s)}</li>")
            w("</ol>")
            w("</li>")
        else:
            w(f"<li><strong>{esc(label)}</strong> {esc(text)}</li>")
    w("</ol>")
    w(
        '<p class="download"><a href="/media/2207/download?inline">Download the Protocol on Member and Officer '
        "Relations (PDF, 188KB)</a></p>"
    )
    w(f'<p class="last-updated">Page last updated: {esc(first(items, "UPDATED"))}</p>')
    w('<div class="feedback"><h2>Was this page useful?</h2>')
    w('<button type="button">Yes</button> <button type="button">No</button>')
    w('<p><a href="/report-a-problem">Report a problem with this page</a></p></div>')
    w("</main>")
    w('<footer class="site-footer"><ul>')
    for lab in ("Contact us", "Accessibility statement", "Privacy notice", "Cookies", "Jobs", "Newsroom"):
        w(f'<li><a href="/{slug(lab)}">{lab}</a></li>')
    w("</ul><p>&copy; Merrowshire County Council, County Hall, Merrowbridge</p></footer>")
    w("</body></html>")
    write_html(name, o)


# ======== 7. Corrington Council (Word file, 'Article n' headings and 'n.01' paragraphs)
def corrington():
    name = "corrington-council"
    items = parse(name)
    doc = Document()
    cp = doc.core_properties
    cp.author = "Legal and Democratic Services"
    cp.title = "Constitution Part 5.2 - Protocol on Member and Officer Relations"
    cp.created = dt.datetime(2024, 9, 23, 14, 0, 0)
    cp.modified = dt.datetime(2024, 10, 14, 10, 15, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 7
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = first(items, "HDR")
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run(first(items, "FTR"))
    r.font.size = Pt(8.5)
    r2 = fp.add_run()
    r2.font.size = Pt(8.5)
    add_field(r2, "PAGE")
    doc.add_paragraph(first(items, "TITLE"), style="Title")
    doc.add_paragraph(first(items, "SUB"), style="Subtitle")
    ctrl = doc.add_table(rows=0, cols=2)
    ctrl.style = "Table Grid"
    ctrl.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row in all_of(items, "CTRL"):
        k, v = row.split("|", 1)
        cells = ctrl.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        shade_cell(cells[0], "DCE6F1")
        cells[1].text = v
    doc.add_paragraph()
    for tag, rest in items:
        if tag == "ART":
            num, heading = rest.split("|", 1)
            doc.add_heading(f"Article {num} \u2013 {heading}", level=1)
        elif tag == "P":
            num, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{num}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(1.5)
            pf.first_line_indent = Cm(-1.5)
            pf.tab_stops.add_tab_stop(Cm(1.5))
            pf.space_after = Pt(6)
        elif tag == "SP":
            letter, text = rest.split("|", 1)
            p = doc.add_paragraph(f"{letter}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(2.5)
            pf.first_line_indent = Cm(-1.0)
            pf.tab_stops.add_tab_stop(Cm(2.5))
            pf.space_after = Pt(3)
        elif tag == "END":
            doc.add_paragraph()
            p = doc.add_paragraph()
            run = p.add_run(rest)
            run.italic = True
            run.font.size = Pt(9.5)
    path = OUT / f"{name}.docx"
    save_docx(doc, path, ZIP_TIME)
    done(path)


# ======== 8. Auchtermoss Council (designed guide, items numbered with dingbat circled digits)
TEAL = (0, 110, 120)
SAND = (244, 238, 226)


class GuidePDF(DVDoc):
    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*TEAL)
        self.cell(self.epw, 4, f"Auchtermoss Council  |  Working Together  |  {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def auchtermoss():
    name = "auchtermoss-council"
    items = parse(name)
    pdf = GuidePDF(format="A4")
    pdf.setup(
        "Working Together - Protocol for Relations between Councillors and Employees",
        "Adobe InDesign 20.0 (Windows)",
        "Auchtermoss Council",
        dt.datetime(2025, 9, 2, 10, 5, 0, tzinfo=dt.UTC),
    )
    pdf.set_producer("Adobe PDF Library 18.0")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    band = all_of(items, "BAND")
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 58, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 14)
    pdf.set_font("Sans", "", 12)
    pdf.cell(0, 7, band[0], **NEXT)
    pdf.set_x(20)
    pdf.set_font("Sans", "B", 24)
    pdf.cell(0, 13, band[1], **NEXT)
    pdf.set_x(20)
    pdf.set_font("Sans", "", 12.5)
    pdf.multi_cell(0, 7, band[2], **NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(66)
    pdf.set_font("Sans", "I", 9.5)
    pdf.multi_cell(0, 5, first(items, "INTRO"), **NEXT)
    pdf.ln(3)
    n = 0
    for tag, rest in items:
        if tag == "SEC":
            num, heading = rest.split("|", 1)
            if pdf.get_y() > pdf.h - pdf.b_margin - 30:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_fill_color(*TEAL)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Sans", "B", 11.5)
            pdf.cell(0, 8, f"  {num}  {heading}", fill=True, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2.5)
            n = 0
        elif tag == "IT":
            glyph = chr(0x2776 + n)
            n += 1
            pdf.set_font("Sans", "", 9.8)
            lines = pdf.multi_cell(pdf.epw - 10, 5.1, rest, dry_run=True, output="LINES")
            if pdf.get_y() + len(lines) * 5.1 > pdf.h - pdf.b_margin:
                pdf.add_page()
            L = pdf.l_margin
            pdf.set_x(L)
            pdf.set_text_color(*TEAL)
            pdf.set_font("Sans", "", 11)
            pdf.cell(10, 5.1, glyph)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Sans", "", 9.8)
            pdf.set_left_margin(L + 10)
            pdf.set_x(L + 10)
            pdf.multi_cell(0, 5.1, rest, **NEXT)
            pdf.set_left_margin(L)
            pdf.ln(1.8)
        elif tag == "BOX":
            title, body = rest.split("|", 1)
            lines = body.split(";")
            h = 9 + 5.2 * len(lines) + 3
            if pdf.get_y() + h + 4 > pdf.h - pdf.b_margin:
                pdf.add_page()
            pdf.ln(4)
            y = pdf.get_y()
            pdf.set_fill_color(*SAND)
            pdf.rect(pdf.l_margin, y, pdf.epw, h, style="F")
            pdf.set_xy(pdf.l_margin + 4, y + 3)
            pdf.set_font("Sans", "B", 10)
            pdf.set_text_color(*TEAL)
            pdf.cell(0, 6, title, **NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Sans", "", 9)
            for line in lines:
                pdf.set_x(pdf.l_margin + 4)
                pdf.cell(0, 5.2, line, **NEXT)
            pdf.set_y(y + h + 2)
        elif tag == "END":
            pdf.ln(6)
            pdf.set_font("Sans", "", 8.5)
            pdf.set_text_color(90, 90, 90)
            pdf.multi_cell(0, 4.6, rest, align="C", **NEXT)
            pdf.set_text_color(0, 0, 0)
    path = OUT / f"{name}.pdf"
    pdf.output(str(path))
    done(path)


def main():
    upper_hawsby()
    hollenbury()
    pontrhydlas()
    marchbury()
    ravensgate()
    merrowshire()
    corrington()
    auchtermoss()
    return 0


if __name__ == "__main__":
    sys.exit(main())
