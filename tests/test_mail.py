"""An email's raw source (ingest/mail.py), on literal strings, and a saved .eml file ingested."""

from ingest.document import parse_document
from ingest.mail import mail_text

RAW = """Delivered-To: cllr@testbury-pc.org.uk
Received: by 2002:a05:7022:4c1 with SMTP id q1csp22;
\tTue, 20 May 2025 11:42:14 -0700 (PDT)
Date: Tue, 20 May 2025 19:42:11 +0100
From: Testbury Parish Clerk <clerk@testbury-pc.org.uk>
Subject: Protocol as adopted
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"

--XYZ
Content-Type: multipart/alternative; boundary="ALT"

--ALT
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: quoted-printable

TESTBURY PARISH COUNCIL - MEMBER/OFFICER PROTOCOL

1. Councillors must not telephone the Clerk after 6pm or at =
weekends, except in an emergency.
2. Gifts to the Clerk worth more than =C2=A315 must be =
declined.

--=20
Sam Reed, Clerk, 01632 960 000

--ALT
Content-Type: text/html; charset=UTF-8

<p>TESTBURY PARISH COUNCIL (the same words again)</p>
--ALT--
--XYZ
Content-Type: application/pdf; name="protocol.pdf"
Content-Disposition: attachment; filename="protocol.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--XYZ--
"""


def test_a_raw_email_gives_its_plain_text_without_headers_signature_or_attachments():
    found = mail_text("Original Message\n\nMessage ID\t<1@x>\nFrom:\tClerk\n\n" + RAW)
    assert found is not None
    text, left_out = found
    assert "1. Councillors must not telephone the Clerk after 6pm or at weekends, except in an emergency." in text
    assert "2. Gifts to the Clerk worth more than £15 must be declined." in text
    assert "the same words again" not in text and "Sam Reed" not in text and "JVBER" not in text
    assert "email header: Subject: Protocol as adopted" in left_out
    assert "email signature: Sam Reed, Clerk, 01632 960 000" in left_out
    assert "email attachment not read: protocol.pdf (ingest it as a file of its own)" in left_out
    assert "the mail client's lines before the message: Original Message Message ID <1@x> From: Clerk" in left_out


def test_text_that_only_quotes_headers_is_no_email():
    # (a protocol that names its author and date in header-like lines, with no MIME content type)
    assert mail_text("From: The Clerk\nDate: 1 May 2025\n\n1. Councillors must not ...") is None
    assert mail_text("1. Councillors must not telephone the Clerk at home.") is None


def test_a_saved_eml_file_is_ingested_as_its_message(tmp_path):
    path = tmp_path / "protocol.eml"
    path.write_text(RAW, encoding="utf-8")
    parsed = parse_document(path)
    assert parsed.meta.council == "Testbury Parish Council"
    texts = [c.text for c in parsed.clauses]
    assert "Gifts to the Clerk worth more than £15 must be declined." in texts
    assert "email header: From: Testbury Parish Clerk <clerk@testbury-pc.org.uk>" in parsed.dropped


def test_a_mail_with_crlf_line_ends_or_an_html_body_only_is_read_too():
    text, left_out = mail_text(RAW.replace("\n", "\r\n"))
    assert "email signature: Sam Reed, Clerk, 01632 960 000" in left_out and "Sam Reed" not in text
    html_only = (
        "Content-Type: text/html; charset=UTF-8\nFrom: Clerk <c@x.org>\nSubject: Protocol\n\n"
        "<html><head><title>Meeting</title><style>p.MsoNormal{margin:0cm}</style></head><body>"
        "<p>1. Councillors must not phone the Clerk at home.</p><p><del>2. Old rule.</del></p></body></html>"
    )
    text, _ = mail_text(html_only)
    assert "Councillors must not phone the Clerk at home." in text
    assert "MsoNormal" not in text and "Meeting" not in text and "Old rule" not in text
    # an empty HTML body is no error: the mail has no text
    assert mail_text("Content-Type: text/html\nFrom: a@b.c\n\n")[0] == ""


def test_a_digest_is_read_as_the_protocol_it_holds():
    # Probe AG: a mailing list's digest of four messages; the protocol is the second, the others are chat.
    cover = "Today's Topics:\n\n   1. Litter pick\n   2. Protocol for members and the Clerk\n"
    protocol = "1. Members must not give the Clerk instructions.\n" * 12 + "2. The Clerk replies within five days.\n"
    raw = (
        "From: list-request@lists.example.org.uk\nSubject: List Digest, Vol 4, Issue 9\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="OUTER"\n\n--OUTER\nContent-Type: text/plain\n\n' + cover + "\n"
        '--OUTER\nContent-Type: multipart/digest; boundary="INNER"\n\n'
        "--INNER\nContent-Type: message/rfc822\n\nSubject: Litter pick\nContent-Type: text/plain\n\n"
        "Meet at the war memorial at 10am.\n"
        "--INNER\nContent-Type: message/rfc822\n\nSubject: Protocol for members and the Clerk\n"
        "Content-Type: text/plain\n\n" + protocol + "--INNER--\n--OUTER--\n"
    )
    text, left_out = mail_text(raw)
    assert text.strip() == protocol.strip()
    assert "war memorial" not in text and "Today's Topics" not in text
    assert "email digest's other message: Litter pick (7 words)" in left_out
    assert any(item.startswith("email digest's contents: List Digest") for item in left_out)


BOUNCE = """From: Mail Delivery System <postmaster@testbury-dc.gov.uk>
To: Sam Reed <sam.reed@testbury-dc.gov.uk>
Subject: Undeliverable: Member/Officer Protocol as adopted
Date: Wed, 21 May 2025 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="REP"

--REP
Content-Type: text/plain; charset=us-ascii

Delivery has failed to these recipients or groups:
cllr.old@testbury-dc.gov.uk
The email address you entered couldn't be found.

--REP
Content-Type: message/delivery-status

Reporting-MTA: dns;mx.testbury-dc.gov.uk
Final-Recipient: rfc822;cllr.old@testbury-dc.gov.uk
Action: failed
Status: 5.1.1

--REP
Content-Type: message/rfc822

From: Sam Reed <sam.reed@testbury-dc.gov.uk>
To: All Councillors <members@testbury-dc.gov.uk>
Subject: Member/Officer Protocol as adopted
Date: Wed, 21 May 2025 08:59:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

TESTBURY DISTRICT COUNCIL - MEMBER/OFFICER PROTOCOL

1. Councillors must not telephone officers at home.
2. Officers will not attend party group meetings.

--REP--
"""


def test_a_bounce_is_read_as_the_message_it_returns():
    text, left_out = mail_text(BOUNCE)
    assert "1. Councillors must not telephone officers at home." in text
    assert "2. Officers will not attend party group meetings." in text
    assert "Delivery has failed" not in text and "Reporting-MTA" not in text
    assert "email delivery report: Undeliverable: Member/Officer Protocol as adopted" in left_out
    assert "email header: From: Sam Reed <sam.reed@testbury-dc.gov.uk>" in left_out
