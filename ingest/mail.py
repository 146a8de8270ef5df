"""An email as its raw source: a saved .eml file, or a text file holding a mail's source as a
webmail's "Show original" page gives it (its own summary lines, then the headers, then the MIME
parts). The protocol is the message's text; its headers, signature and attachments are not.

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
    r"MIME-Version|Content-Type|From|Date|To|Subject):[ \t]",
    re.M | re.I,
)
_MIME_HEADER = lazy_compile(r"^Content-Type:[ \t]*(?:multipart|text)/", re.M | re.I)
_FLOWED_BREAK = lazy_compile(r"(?<=\S) \n(?=\S)")  # (format=flowed: a space before the break is a soft one)
_SIGNATURE_LINES = 15  # (a signature is a few lines: a longer tail after "-- " is more of the message)
_HEADER_TRIES, _HEADER_BLOCK = 40, 20_000  # (where a message may start: bounded, so a text of "To: ..." lines is cheap)


def mail_text(text: str) -> tuple[str, list[str]] | None:
    """The message's text and what was left out (its sender, date and subject, its signature, its
    attachments by name, a webmail page's lines before it), when `text` holds a raw email; None
    otherwise. The plain-text part is read when there is one (a client writes the same words as HTML
    beside it), else the HTML part's text."""
    text = text.replace("\r\n", "\n")  # (the mail standard's line ends)
    start = _message_start(text)
    if start is None:
        return None
    message = email.message_from_string(text[start:], policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        return None
    enclosing_left_out: list[str] = []
    # A mailing list's digest: its own text is the list's contents; the protocol is the longest of the
    # messages it holds, and the others (a litter pick, the apologies for a meeting) are no part of it.
    if enclosed := _digest_messages(message):
        sizes = [len(_body_text(m).split()) for m in enclosed]
        chosen = enclosed[sizes.index(max(sizes))]
        enclosing_left_out = [f"email digest's contents: {message.get('Subject', '')}"] + [
            f"email digest's other message: {m.get('Subject', '')} ({n} words)"
            for m, n in zip(enclosed, sizes, strict=True)
            if m is not chosen
        ]
        message = chosen
    # A bounce ("Undeliverable: ...", a delivery report): the server's notice is no part of the protocol;
    # the message it returns, attached whole, is.
    elif returned := _returned_message(message):
        enclosing_left_out = [f"email delivery report: {message.get('Subject', '')}"]
        message = returned
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return None
    content = body.get_content().replace("\r\n", "\n")
    signature = ""
    # The signature, after its separator line "-- " (a name, a phone number): no text of the protocol.
    head, sep, tail = content.rpartition("\n-- \n")
    if sep and tail.count("\n") < _SIGNATURE_LINES:
        content, signature = head, tail
    if body.get_content_subtype() == "html":
        content = _html_text(content)
    elif body.get_param("format", "").lower() == "flowed":
        content = _FLOWED_BREAK.sub(" ", content)
    left_out = [
        f"email header: {name}: {' '.join(str(value).split())}"
        for name in ("From", "Date", "Subject")
        if (value := message.get(name))
    ]
    if signature.strip():
        left_out.append(f"email signature: {' '.join(signature.split())}")
    left_out += [
        f"email attachment not read: {part.get_filename() or part.get_content_type()} (ingest it as a file of its own)"
        for part in message.iter_attachments()
    ]
    left_out += enclosing_left_out
    if before := " ".join(text[:start].split()):
        left_out.append(f"the mail client's lines before the message: {before[:200]}")
    return content, left_out


def _digest_messages(message: EmailMessage) -> list[EmailMessage]:
    """The messages a digest holds (its multipart/digest part's message/rfc822 parts), in order; [] for a
    message that is no digest."""
    # (a digest first: a forwarded message attached to an ordinary email is not read out of it)
    if not any(p.get_content_type() == "multipart/digest" for p in message.walk()):
        return []
    return [
        inner
        for part in message.walk()
        if part.get_content_type() == "message/rfc822" and isinstance(inner := part.get_content(), EmailMessage)
    ]


def _returned_message(message: EmailMessage) -> EmailMessage | None:
    """The message a delivery report returns (a multipart/report's message/rfc822 part), if it is one."""
    if message.get_content_type() != "multipart/report":
        return None
    for part in message.iter_parts():
        if part.get_content_type() == "message/rfc822" and isinstance(inner := part.get_content(), EmailMessage):
            return inner
    return None


def _body_text(message: EmailMessage) -> str:
    """A message's plain (else HTML) body, as it stands; '' when it has none."""
    body = message.get_body(preferencelist=("plain", "html"))
    return body.get_content() if body is not None else ""


def _message_start(text: str) -> int | None:
    """Where the raw message starts: the first of a block of headers that holds a text or multipart
    Content-Type (a protocol that only names its author and date in header-like lines is no mail)."""
    for n, m in enumerate(_OPENING_HEADER.finditer(text)):
        if n >= _HEADER_TRIES:
            return None
        block = text[m.start() : m.start() + _HEADER_BLOCK].split("\n\n", 1)[0]
        if _MIME_HEADER.search(block):
            return m.start()
    return None


def _html_text(markup: str) -> str:
    """An HTML body's words: not its styles, scripts or title, nor what it strikes through."""
    import lxml.html
    from lxml import etree

    if not markup.strip():
        return ""
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):  # ("Document is empty": markup without text)
        return ""
    etree.strip_elements(tree, "style", "script", "title", "head", "del", "s", "strike", with_tail=False)
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in tree.iter("p", "div", "li", "tr", "h1", "h2", "h3", "h4"):
        block.tail = "\n" + (block.tail or "")
    return tree.text_content()
