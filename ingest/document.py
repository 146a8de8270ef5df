"""Read one protocol file into its metadata and clause records."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.clauses import parse_clauses
from ingest.cleanup import blocks_text, chat_export_lines, clean_document, hard_wrapped, strip_markdown
from ingest.errors import IngestError
from ingest.limits import Deadline, IngestLimits, over_limit
from ingest.loaders import LOADERS, capture_library_warnings, checked_limits, guard_file, load_pages
from ingest.metadata import build_metadata, read_sidecar
from ingest.records import Clause, DocumentMeta

_MD_HEADING = re.compile(r"^#{1,6}[ \t]+")


@dataclass(frozen=True)
class ParsedDocument:
    """A parsed protocol: what it is, its cleaned text and its clauses."""

    doc_id: str
    path: str
    meta: DocumentMeta
    text: str  # the cleaned document; clause offsets index into it
    clauses: tuple[Clause, ...]
    content_hash: str  # of the file and its sidecar: re-ingest only when this changes
    pages: int | None
    # What the parsing libraries warned about while reading (e.g. pypdf on a damaged object);
    # printed only with PROTOCOLS_DEBUG set.
    library_warnings: tuple[str, ...] = ()
    # Lines kept out of the clauses, each with why: web-page menus, cookie banners, footers,
    # contents lists ("navigation: Home"). Shown by `protocols inspect`, never silently lost.
    dropped: tuple[str, ...] = ()


# Who a member/officer protocol is about; a file that names none of them is something else (a
# shopping list, a minutes template): ingesting it would make its words council names.
_PEOPLE = re.compile(
    r"\b(?:councillors?|cllrs?|members?|clerks?|officers?|staff|employees?|chair(?:man|person)?|mayor|"
    r"cynghorwyr|cynghorydd|clerc|swyddogion|aelodau)\b",
    re.I,
)


def doc_id_for(path: Path) -> str:
    """A stable, readable id from the file name: 'battle-town-council'."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "document"


# Bump when what parsing makes of the same file changes (clauses, council name, dates): indexes
# then parse every file again on the next ingest (vectors still come from the embedding cache).
# 2: a council named only by the file name loses the words about the document.
# 3: numbers alone on a line with dots ("1.3"), running lines inside a text export's paragraphs,
#    hyphenation in text files, "2.1 Members" sub-headings, roman section numbers, <u> tags.
# 4: a list whose every item reads "1." is numbered 1, 2, 3 ...
# 5: a web page's list of sections, each with its own list of clauses, becomes headings and clauses.
# 6: Word's automatic numbering ("1.1", "(a)") is written in front of its paragraphs.
# 7: a web page's dated line is kept back from extraction only when it is about the document.
# 8: a bilingual protocol's Welsh twin of a clause is cited as "1.1 (Cymraeg)".
# 9: review fixes: sub-headings close, version and page numbers are no clause numbers, hyphens by
#    the document's own words, Word's shared list counters, footnote marks dropped.
# 10: a second review's fixes: hyphens kept only between two words, page numbers only at a page's
#     edge line, titles with "can" still headings, no "adopted" line from a news sidebar.
# 11: a "2.1 Members" sub-heading with no "2." above it closes at "2.2" too.
# 12: a sub-heading left with nothing under it is kept; "3.0" headings are never sub-headings.
# 13: quote marks and apostrophes kept as the document has them (they were made ASCII).
# 14: in a text file, a line that goes on in lower case after one that ends mid-sentence is one line.
# 15: "[12]" and "(3)" paragraph numbers; a page laid out in a table is read as the page it holds; a
#     line break between words is a space; a running header of up to 120 characters; a short line over a
#     numbered paragraph heads it; image captions and share links are page chrome.
# 16: a protocol held in a table ("Ref | Provision | Applies to") is read as its clauses, cited by
#     their references ("D5"); the tag column and the header row are left out and named. Bare
#     paragraph numbers in a run ("4 Elected members ..."); "## ## Roles" is one heading; "Part 5,
#     Section E of the Constitution ..." is neither a "Part 5" heading nor a clause's continuation.
# 17: a page generator's front matter and template tags are no clauses; "In force from" lines are
#     dates; the council a parish answers to ("the Monitoring Officer of X District Council") is not
#     its council, and a typed name beats a plain "X Council" said more often.
# 18: margin numbers read after their paragraphs number the paragraph before; running footers
#     compared with spacing collapsed; "Part 5 contains ..." is no heading; contents entries may end
#     in a bracket; "Clause 1." numbers; two "1."s in a row are a list; Markdown block quotes, a
#     one-line "On this page:" contents and "Download: PDF version (212 KB)" lines.
# 19: a code review's fixes: numbers after paragraphs only when the first comes after one and
#     headings follow them; each table of clauses judged apart from other tables; lettered numbers
#     only in a series; the council whose protocol a sentence says it is ("X adopted this Code").
# 20: a marked heading's depth ('###', Word's "Heading 2") puts it inside the heading above it, which
#     is then no clause of its own; "Part 5.3 - ..." keeps its whole number, and over a heading of
#     other numbering, before any clause, it is front matter.
# 21: dates: "2024-25" (a financial year) is no month; a name joined by "&" ("Auchterbrae & Milnholm
#     Community Council"); mark-up shown as text ("...<br />") read as the lines it marks; a Word
#     file's tracked changes read accepted; printed link addresses ("(https://...)") are no words;
#     a footer naming its section before "page N" is page furniture; headings glued to their first
#     clause ("INTRODUCTION1.1This") split; dates in a scan's misread text ("2O27") found.
# 22: from probe G's documents and a code review: a definition list of rule numbers reads as
#     numbered paragraphs, "Rule 3.2(b)(i)" and "A12." are clause numbers; a Word-to-Markdown
#     export's escapes, empty anchors and crest image go; a "Do | Don't" table reads as "Do: ..." and
#     "Don't: ..."; a typeset PDF's ligatures are letters; the review's fixes to the v21 rules.
# 23: an adoption record written as prose or cells is a dates record. 24: web pages in trafilatura's
#     balanced mode, headings it drops put back, Google Docs list styles, footnotes apart; a draft's
#     margin line numbers; an email's header and earlier thread. 25: a rule across the page ends a
#     clause; "Once adopted ..." is no adoption date. 26: a training quiz's statements. 27: two pages
#     per landscape sheet; Word content controls and text boxes; page stamps; a wiki's metadata
#     comment. 28: the fixes of a review of 23-27. 29: paragraphs numbered with '§' (a margin note
#     before the number a heading); (aa), (bb) after (z); "B.iii.2" numbers; text hard-wrapped at a
#     fixed width unwrapped whatever the file type; a typed council name in the title lines before
#     a plain one named more often. 30: printed lines pasted as one paragraph each (a CMS page's
#     <br> lines) joined; a two-language table's column heads left out and its twin headings one;
#     a title line "Council - REF - Title" gives the title; an old CMS article's "Hits: 212".
# 31: a PDF line ending on "the", "to", a possessive ... goes on (flowchart boxes); a web page's
#     permalink marks ("¶", "#") go; a page title's council is missing from "... Town Councillors".
# 32: the fixes of a review of 30-31 (a joined line no longer makes the next one look printed;
#     bullets are no printed lines; "to", "about", "who" may end a heading; twin headings only
#     beside language columns; a permalink mark in a reference stays).
# 33: a title that says whose relations it is beats a place in the constitution before it; two
#     language columns' short clauses on one line are two clauses; a bilingual dates record
#     ("Mabwysiadwyd / Adopted: ...") is a dates record.
# 34: a Word file saved as plain text ("6.1<TAB>...", "·<TAB>...", a checklist's Wingdings tick and
#     cross) is numbered paragraphs and list items, not a two-column table.
# 35: HTML tags left in Markdown (a Notion callout's "<aside>") and pictographs ("💡") go.
# 36: a page's text held twice (desktop and mobile copies) read once; a card's "Para 4.3" label
#     numbers its paragraph; a page's <h1> heads it; "✔ Do | ✘ Don't" tables; a PDF header naming
#     each page's section is a running header, and running headers give no title; a title is no
#     sentence, question or contact line, nor the council's name alone; PDF footnotes go to the end
#     as "Footnote N: ..." and their marks leave the text; an emailed protocol's reply, greeting and
#     signature are the email's.
# 37: the fixes of a review of 35-36 (footnote marks: no page number atop a page, no "v2" in a
#     running header; a page header by prefix needs three pages in four and no sentence end; a
#     repeated copy is six paragraphs or more; an email's rules inside the protocol are the
#     protocol's; tags in Markdown only as mark-up, pictographs only a callout's icon; a card's label
#     not over numbered paragraphs nor in a bar of labels; no section heading as a title).
# 38: Word's tracked-change balloons ("Deleted: ...", "Commented [KM1]: ...") in a markup print are
#     no text; a protocol pasted as one paragraph ("1. Purpose (1) ... (2) ... 2. The Clerk (1) ...")
#     is read as its sections and paragraphs; Markdown footnotes ("[^1]") as a PDF's.
# 39: a web page saved with its second page appended (a second <main>) is read whole.
# 40: a printed page's footnote follows the sentence that marks it, "[Footnote 2: ...]", read with
#     its clause (to the end, under "Footnotes", only when no sentence end follows on the page).
# 41: a card's "Applies to: Both" badge is a tag, not a heading.
# 42: a site builder's "Use tab to navigate through the menu items." is navigation, not a title.
# 43: text a PDF draws struck through (model text not adopted, a redline's deletions) is left out.
# 44: a review's fixes to 43: a bar strikes a run only when it covers the whole run, is painted (not a
#     clipping path, not white) and the page draws no form XObjects; a PDF all struck through says so.
# 45: marked heading levels nest: a part of a larger document ("## 5B Member/Officer Protocol") heads the
#     numbered sections a level below it, a higher heading is never put under a lower numbered one, and
#     numbers that restart in each part are labelled with the part's code ("5B 1.1").
# 46: a review's fixes to 45: only a strictly higher marked heading starts afresh (one of the same level
#     nests as before), and a part is "Part 5", "Schedule 2", "5B" (not "Schedule of meetings", nor
#     "Section 151 Officer").
# 47: "In this chapter" (or section, part) heads a contents list, as "On this page" does; a line that is
#     all an HTML comment ("<!-- Exported from the Members' Portal ... -->") is left out of the text.
# 48: a review's fixes to 47: "In this chapter/section/part" takes only numbered section titles after it
#     (not "In this Part:" over definitions, nor rules), and a comment line holds nothing but the comment.
# 49: a protocol's adoption is its approval, not the date it took effect ("approved ... on 23 January
#     2025 and took effect on 1 February 2025"); that date stands in only when the text gives no other.
# 50: a split clause's whole takes its id from the same count as the clauses' own ids, so a clause
#     numbered the same later (numbering that restarts) no longer shares the whole's id.
# 51: a PDF converted to HTML by pdf2htmlEX (its page frames in #page-container) is read page by page, each
#     printed line a line, as the PDF loader reads a PDF (trafilatura took one page of three).
# 52: a bundle of numbered policies takes the protocol's own heading as its title ("POLICY 6: MEMBER AND
#     OFFICER PROTOCOL"), not its first policy's.
# 53: a magazine's advert boxes are dropped (a label line, up to six short lines, ending at a phone
#     number, email or web address); a heading in capitals over text that is not is never a wrapped
#     line; "Made/Passed at ... meeting" and "Resolved at/by ... meeting" date an adoption, and a date
#     split by a line wrap ("on 3 February" / "2025.") is read whole; a Welsh council name ("CYNGOR
#     CYMUNED ...") over the English one and an agenda's heading are not the title.
# 54: Markdown callouts and alerts ("> [!note] My note", "> [!IMPORTANT]") are blocks of their own,
#     their markers gone; "==highlights==" and "^block-ids" lose their marks; a text-mode browser's
#     page (lynx -dump) loses its link numbers ("[15]Members' Enquiries Team"), its "References" list
#     and its form lines ("(BUTTON)"); a title has letters (not a scissors glyph); a date that opens
#     the next line belongs to the adoption word that ends this one.
# 55: a register's rows whose status line says NOT ADOPTED (or rejected, withdrawn) are left out, listed
#     as dropped; a note-taking app's callouts ("> [!note] My note") are the reader's notes, left out
#     as such (a GitHub alert keeps its text); a joint protocol of two councils that share a clerk is
#     both councils' ("Wrencote Parish Council and Hurstfold Parish Council"); an advert box needs a
#     contact line; "made at a meeting" dates an adoption only as the record's opening; a date opening
#     the next line has its month's name. (Indexes built with the first 54 lacked these.)
# 56: reviewers' comments left in a published file in square brackets ("[JT 04/02: DS suggest 15 working
#     days - discuss]", "[Drafting note: old version said 9am-5pm]") are taken out, listed as dropped.
# 57: a Word file's hidden text (drafting notes Word neither shows nor prints) is left out, listed as
#     dropped; a section headed as superseded or no longer in force is left out, listed; an adoption
#     record "Agreed by X Council on ..." says whose protocol it is.
# 58: an alternative's label ("Option A"), said once for each choice a draft offers, is never a running
#     line; what it heads is one of the draft's options (no verdict is taken from it).
# 59: text struck through in a web page (<del>, <s>, <strike>), in Markdown ("~~ten~~") and in a Word
#     file's runs (w:strike, w:dstrike: a redline typed by hand) is deleted text: left out, listed as
#     dropped (a web page's struck list item had joined the item before it).
# 60: a chat export in which someone posts the protocol keeps the poster's messages (without their
#     dates, times and name) and leaves out the others' replies and the app's lines, listed as dropped.
# 61: a Word file's footnotes are read after the paragraph that marks them ("[Footnote 1: ...]"), as a
#     PDF's printed ones are; an email's raw source (.eml, or a webmail's "Show original" page saved as
#     text) is read as its message's text, without headers, signature and attachments (listed).
# 62: a schedule of changes (a table of old wording beside proposed wording) is left out, listed; so is
#     text marked not yet in force ("Prospective", as revised legislation labels it).
# 63: a bare "Agreed" ("Agreed; done on 2 June 2025", a council's answer to an auditor) dates the
#     adoption only when nothing else does; a records system's "Title ....... X" field gives the title X;
#     a byline ("Prepared by ...") is no title.
# 64: paragraphs an earlier version said, quoted with their own numbers after a lead-in that names
#     that version ("... the 2021 Protocol, which said:"), are left out, listed.
# 65: a review's fixes: a From/To table is no schedule of changes; a "Prospective" paragraph goes whole
#     on a PDF's lines; a quoted version needs a version's word beside its year and may be spaced by
#     blank lines; a reply that numbers its points is no chat's poster; a chat line's time has a colon;
#     an email with CRLF line ends loses its signature, an HTML-only one its styles; an empty footnote
#     keeps its number; "Agreed;" as an answer to a point is the weak adoption date.
# 66: a myth card's label and the statement it labels ("MYTH" / "Officers have to attend ...") are
#     left out, listed: the mistake the card corrects.
# 67: an agreement's two numbered parties ("(1) HARROWFOLD BOROUGH COUNCIL" / "(2) FENMERE DISTRICT
#     COUNCIL") share its protocol; its "DATED ..." line and its party lines are no title.
# 68: Welsh month names are read in dates, and a month given in both languages ("9 Mehefin / June
#     2025") keeps its day.
# 69: a bilingual protocol's Welsh and English paragraph 1 are twins, not a list numbered 1, 2; a
#     version table's numbers are no clause numbers; more download links are page furniture.
# 70: after a review, a download link is a short line ending in the file's type or size in brackets
#     (not "Download the form (PDF), complete it and return it"), and a version table has a date column.
# 71: a Word file's short bold paragraphs after its first text head the bullets under them (no Heading
#     style, no numbers, as small councils type them), and a marked heading named like a menu word
#     ("Contact") over a bulleted or numbered sentence of the document's own is kept.
# 72: a line of six words or more with a modal and its verb in lower case ("Councillors should send
#     enquiries to the Member", a narrow column's first line of a rule) is no heading.
# 73: ... but not one whose modal is in a relative clause ("Occasions when the Clerk may refuse a
#     request", "Officers who may attend party group meetings"): a review of 72 found them lost.
# 74: what else a council approved, said as such ("These charges were approved ... on 8 September 2025"),
#     dates no field: in a publication scheme with the protocol as its annex it had become the adoption.
# 75: probe AD's forms: paragraphs that end with their own number ("... (para 4.1)", an induction deck's
#     bullets) and "Para 12" labels number their paragraphs; "A.1" to "H.3" under lettered parts; an
#     accordion's <details> read as sections under their summaries; a wiki's "[edit]" links dropped; a date
#     wrapped to the next line after a word or two ("... at the Annual" / "Meeting on 12 May 2025") dated.
# 76: probe AE's forms: items run on in one paragraph, each after a sentence ("... respect. (ii) It applies
#     ..."), split one to a clause; circled item numbers (\u2776, \u2460) read as "(1)"; a contents list
#     whose entries give their pages ends at a line that gives none (a large-print PDF's first clause had
#     gone with it); a short Welsh twin of mutated words is known by having no English ones.
# 77: a part heading with nothing under it but numbered clauses ("Part 1 - Purpose and scope" over "1. Purpose")
#     is cited as "Part 1", not as the "1" of the clause under it.
# 78: probe AF's forms: RTF control words left in a text file read as what they stand for; a bare clause number
#     in an element its page marks as a number ('<span class="clause-number">4.1</span>') goes before its
#     text; a sidebar of section names atop every PDF page left out; a reference a wrap split ("... Part" /
#     "5.3 of the Constitution") no clause number; a browser's printed footer a running line however long.
# 79: ... and an RTF page header or footer (the line with the page number field, \chpgn) left out: it had become
#     the document's title ("Hestlecombe Parish Council - Policy HPC/09 - ... - Page").
# 80: a paragraph numbered like a statutory schedule's, "2(3) The Lengthsman ...", is clause "2(3)" and starts a
#     block of its own (probe AC's Lower Brindleham had "2 ¶2" holding 2(2) and 2(3)); a printed cookie banner's
#     heading and sentences, a menu printed as a bulleted list, a council's contact footer and Google Sites'
#     "Embedded Files" are chrome.
# 81: probe AG's forms: a mailing list's digest is read as the message that holds the protocol; a PDF set out top
#     and bottom ("CYMRAEG" over "ENGLISH" on each page) reads each language whole; a Markdown converter's report
#     in a comment over several lines, its alerts, its contents links a blank line apart and its HTML tables; a
#     social post's comments and counts; a section heading behind a pictograph; a drop cap joined to its word; a
#     pull quote that the text repeats; a footer whose page number is glued to it; "section 10." at a line's start
#     after a wrap is no heading; front matter with a folded value; a document-control table's "Title" row.
# 82: probe AH's constitution pages holding two of its protocols ("SECTION 5.4 - ..." and "SECTION 5.5 - ...", each
#     numbered from 1.1) label each clause by its section where a number repeats ("5.5 1.1"); "SECTION 5.4" is the
#     heading's own label (it was "SECTION 5").
# 83: probes AI and AJ's forms: a static site's page whose clauses are data in its front matter is read as that
#     text; an e-signature's certificate of completion and stamps, a photograph's credit and headings in spaced
#     capitals ("W H O   G I V E S ..."); a "Guidance note" box heads no clauses after it; "the London Borough of
#     X's" names the London Borough of X.
# 84: a review's fixes: a tick, a cross or a no-entry sign before a line is no heading's pictograph; a menu's bullets
#     count only among short lines, and a contact footer, a photo credit and a cookie banner only in their own
#     words; a "Guidance note" box is a paragraph of its own; an HTML paragraph's end is a line's; front matter is
#     read as written (a clause "2.10" is no 2.1), without anchors or aliases; "Section 1.0" is no part of a
#     constitution; a head count is no clause number.
# 85: the review's last cases: "... set out in" / "Section 10." (a capital S) after a wrap ends the paragraph, no
#     heading; a cover page with no language label before top-and-bottom bilingual pages stays first. No document of
#     the evaluation sets changes.
# 86: probes AK and AL's forms: a Word "Heading 2" paragraph that reads as a sentence is a clause; a menu word
#     ("Contact") on a line of its own between numbered sentences, once in the document, is a heading; Hugo's TOML
#     front matter ("+++") is page furniture and its title the page's; a shortcode that numbers its clause gives
#     the number, a heading's "{#id}" goes; a screen-reader version's "Heading level 1:" and "++"; "be reviewed"
#     after a wrap is the next review; a covering letter's protocol title further on; no "Subject: Fwd:" in a title;
#     Word's field codes in a text version's contents list, a converter's "[pic]" and a code fence round "<pre>".
# 87: a review's fixes: an FAQ's long question in heading style stays a heading; a section about the protocol further
#     on ("Breaches of the Member/Officer Protocol") is no title; a shortcode's closing tag on its clause's line goes;
#     Word's field codes are taken out in linear time. No document of the evaluation sets parses differently.
# 88: a phone's "Sent from my iPhone" with the name above it, "Begin forwarded message:" and the forwarded header's
#     lines; a learning site's "Printed by:" details; a covering letter's close ("Yours sincerely", the signatory,
#     "Enc. ..."), up to a rule or a line naming the protocol. Five documents of the evaluation sets lose such lines.
# 89: a review of v88: a letter's close takes only a signatory after it (a name, a post, "Enc. ..."), never a heading,
#     a title or a clause; "Sent from my iPhone" takes only a name above it; a printed book's "Book:" line stays (a
#     title). Probe AL's Halvershire keeps its "Book:" line; older probes' Harnshire and Kelverdale their closes.
# 90: a document-control table's rows ("Owner<TAB>...", "Version: 5.0", "Constitution reference | ...") before the
#     body or under a "Document control" heading go with the title page (or the adoption record they sit in), not
#     into clauses; nine documents of the evaluation sets lose such preamble "clauses".
# 91: probes AM's and AN's documents read (never their questions): a bounce's returned message; a leaflet's
#     paragraph-number badges printed apart from their text; pandoc's grid tables as rows, its "[]{#id .anchor}"
#     spans and "{width=...}" attributes; a bilingual "Cynnwys / Contents" list; an English title over a Welsh one,
#     a title wrapped at "and" or whose last word stands alone; a definitions table's terms kept; a web archive's
#     toolbar, a site's own breadcrumb, an online form's and a forum's lines; an email printed from Outlook (its
#     mailbox line, its whole signature); a local council that calls itself "the Community Council" outweighs the
#     principal council it names for its services.
# 92: a newsletter's other pages between "Continued on page 4" and "(continued from page 2)", and its "Inside this
#     issue" list; no title from a section about the document ("About this protocol") or a sentence cut at a line's
#     end ("... Council adopted the Members and Staff Protocol"). Probe AM's Cressingfold and Bryncastell, and four
#     older documents' titles or newsletter lists.
# 93: probes AO's and AP's documents read (never their questions): a wiki page's source (MediaWiki markup: its
#     "#" items numbered as the wiki shows them, its tables as rows, templates and comments left out, read with
#     mwparserfromhell); "the Annual Council meeting" names no council; a title whose next line goes on from it
#     ("Protocol on member" / "and officer relations").
# 94: a booklet's print-ready file, two pages a sheet in the printer's order (8|1, 2|7, ...), read in page order
#     when the printed page numbers agree with the imposition; a footer whose page number moves to the outer
#     edge on facing pages is one running footer. Only probe AO's Upper Sowerley parses differently.
# 95: a review's findings on v90-v94: a wiki heading read without backtracking (a padded line took minutes), and only
#     a page with the wiki's own marks is wiki source (not Markdown with "==highlights=="); a template with text after
#     it on its line keeps the text, a table cell's wrapped words are kept; a hand-drawn box that runs past its border
#     is no grid table; rules between a newsletter's jump lines, or after a sign-off, are kept; a route between people
#     ("Clerk > Chair > Monitoring Officer") is no breadcrumb; a rule ending " *" is no form label; a title is not
#     joined to a date, a version or a subtitle; one mention of a town council does not outweigh a district's name.
#     No document of the evaluation sets parses differently.
PARSE_VERSION = "95"


def content_hash(path: Path) -> str:
    """SHA-256 of the parser's version, the file and its sidecar, read in chunks (memory stays
    flat for any size)."""
    h = hashlib.sha256(f"parser {PARSE_VERSION}\0".encode())
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    sidecar = path.with_suffix(".toml")
    if sidecar.is_file():
        h.update(b"\0sidecar\0" + sidecar.read_bytes())
    return h.hexdigest()


def parse_document(
    path: Path | str, limits: IngestLimits | None = None, *, max_bytes: int | None = None
) -> ParsedDocument:
    """Load, clean and parse a file. Raises `IngestError` (naming the file, in one line) on
    bad input, whatever the underlying library raised; `limits` bound the work it may cost.
    `max_bytes` (kept for older callers) overrides `limits.max_file_bytes`."""
    path = Path(path)
    limits = checked_limits(limits, max_bytes)
    with guard_file(path), capture_library_warnings() as library_warnings:
        deadline = Deadline(path, limits)
        pages = load_pages(path, limits, deadline=deadline)
        sidecar = read_sidecar(path)
        cleaned = clean_document(pages, unwrap=path.suffix.lower() == ".pdf" or hard_wrapped(pages))
        blocks = cleaned.blocks
        if not blocks:
            raise IngestError(path, "contains no text once page headers and numbers are removed")
        if len(blocks) > limits.max_paragraphs:
            raise over_limit(
                path,
                f"has {len(blocks):,} paragraphs once cleaned, over the {limits.max_paragraphs:,} limit",
                "max_paragraphs",
            )
        deadline.check("cleaning the text")
        # Metadata reads the words: Markdown heading marks ('# Title', HTML pages) are not part of them.
        raw_lines = [_MD_HEADING.sub("", ln) for p in pages for ln in strip_markdown(p.text).splitlines()]
        # (a chat export's text as the poster wrote it: no dates and names before the title line)
        raw_lines = chat_export_lines(raw_lines)[0]
        meta = build_metadata(path, raw_lines, sidecar, cleaned.running)
        doc_id = doc_id_for(path)
        clauses = parse_clauses(blocks, council=meta.council, document=meta.title, source=str(path), doc_id=doc_id)
        if not clauses:
            raise IngestError(path, "no clauses found in the text")
        if not _PEOPLE.search(blocks_text(blocks)):
            raise IngestError(
                path,
                "does not read like a member/officer protocol: it never mentions councillors, members, the clerk, "
                "officers, staff or employees",
            )
        numbered = [p.number for p in pages if p.number is not None]
        return ParsedDocument(
            doc_id=doc_id,
            path=str(path),
            meta=meta,
            text=blocks_text(blocks),
            clauses=tuple(clauses),
            content_hash=content_hash(path),
            pages=max(numbered) if numbered else None,
            library_warnings=tuple(library_warnings),
            # (text drawn struck through in a PDF is no text of the protocol: listed, not parsed)
            dropped=cleaned.dropped
            + tuple(f"struck through: {text}" for p in pages for text in p.struck)
            + tuple(text for p in pages for text in p.left_out),
        )


def expand_paths(paths: list[Path | str]) -> list[Path]:
    """Files named directly, plus the supported files inside any folder (sorted, recursive).

    Files named directly are kept even when unsupported, so that they get a clear error; so
    are links inside folders that loop or lead nowhere. Links to folders are not followed
    (a link back up the tree would never end); hidden files and folders are skipped."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += _walk_folder(p)
        elif _is_sidecar(p):
            continue  # a protocol's metadata sidecar (as `corpus/*` names it): read with it
        else:
            out.append(p)
    seen: set[Path] = set()
    return [p for p in out if not ((key := _identity(p)) in seen or seen.add(key))]


def skipped_in_folders(paths: list[Path | str]) -> list[Path]:
    """Files inside the folders given that are not read (a format no loader knows: '.doc', '.odt'),
    so that a run can say so instead of passing over them in silence. Hidden files and a
    protocol's .toml sidecar are not counted."""
    return [
        f
        for raw in paths
        if Path(raw).is_dir()
        for f in _folder_files(Path(raw))
        if f.suffix.lower() not in LOADERS and not _is_sidecar(f)
    ]


def _is_sidecar(path: Path) -> bool:
    """A protocol's metadata sidecar: `name.toml` beside a readable `name.pdf`, `name.txt` ..."""
    return path.suffix.lower() == ".toml" and any(path.with_suffix(ext).exists() for ext in LOADERS)


def _folder_files(folder: Path) -> list[Path]:
    """Every file in a folder and below, hidden files and folders left out, links to folders not followed."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root, name) for name in files if not name.startswith(".")]
    return sorted(found)


def _walk_folder(folder: Path) -> list[Path]:
    # A looping or broken link is kept, to be reported.
    return [
        f
        for f in _folder_files(folder)
        if f.suffix.lower() in LOADERS and (f.is_file() or (f.is_symlink() and not f.exists()))
    ]


def _identity(path: Path) -> Path:
    """What a path points at, for de-duplication; a looping link is its own identity."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: "Symlink loop from ..." (Python 3.11)
        return path.absolute()
