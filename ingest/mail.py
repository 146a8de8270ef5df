"""An email as its raw source: a saved .eml file, or a text file holding a mail's source as a
webmail's "Show original" page gives it (its own summary lines, then the headers, then the MIME
parts). The protocol is the message's text; headers, signatures' encodings and attachments are not.

Parsed with Python's `email` package (MIME parts, quoted-printable, base64, charsets).
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

from ingest.lazy_regex import lazy_compile

# The header that opens a raw message (one a mail server or client always writes), at a line's start.
_OPENING_HEADER = lazy_compile(
    r"^(?:Delivered-To|Return-Path|Received|ARC-Seal|DKIM-Signature|X-Received|X-Google-Smtp-Source|Message-ID|"
    r"MIME-Version|From|Date|To|Subject):[ \t]",
    re.M,
)
_MIME_HEADER = lazy_compile(r"^Content-Type:[ \t]*(?:multipart|text)/", re.M | re.I)
_FLOWED_BREAK = lazy_compile(r"(?<=\S) \n(?=\S)")  # (format=flowed: a space before the break is a soft one)


def mail_text(text: str) -> tuple[str, list[str]] | None:
    """The message's text and what was left out (headers kept: subject, sender and date; attachments
    named), when `text` holds a raw email; None otherwise. The plain-text part is read when there is
    one (a client writes the same words as HTML beside it), else the HTML part's text."""
    start = _message_start(text)
    if start is None:
        return None
    message = email.message_from_string(text[start:], policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not _MIME_HEADER.search(text[start:]):
        return None
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return None
    content = body.get_content()
    # The signature, after its separator line "-- " (a name, a phone number): no text of the protocol.
    content, _, signature = content.partition("\n-- \n")
    if body.get_content_subtype() == "html":
        content = _html_text(content)
    elif body.get_param("format", "").lower() == "flowed":
        content = _FLOWED_BREAK.sub(" ", content)
    left_out = [
        f"email header: {name}: {' '.join(str(value).split())}"
        for name in ("From", "Date", "Subject")
        if (value := message.get(name))
    ]
    left_out += [
        f"email attachment not read: {part.get_filename() or part.get_content_type()} (ingest it as a file of its own)"
        for part in message.iter_attachments()
    ]
    if signature.strip():
        left_out.append(f"email signature: {' '.join(signature.split())}")
    if text[:start].strip():
        left_out.append("the mail client's lines before the message")
    return content, left_out


def _message_start(text: str) -> int | None:
    """Where the raw message starts: the first of a block of headers that runs on to a Content-Type."""
    for m in _OPENING_HEADER.finditer(text):
        block = text[m.start() :].split("\n\n", 1)[0]
        if _MIME_HEADER.search(block):
            return m.start()
    return None


def _html_text(markup: str) -> str:
    import lxml.html

    tree = lxml.html.document_fromstring(markup)
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in tree.iter("p", "div", "li", "tr", "h1", "h2", "h3", "h4"):
        block.tail = "\n" + (block.tail or "")
    return tree.text_content()
