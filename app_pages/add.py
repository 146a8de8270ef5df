"""Add a protocol: upload, see what was read, then add it to the index (or discard it)."""

from __future__ import annotations

import hashlib
import textwrap
import uuid
from pathlib import Path

import streamlit as st

from app_pages.shared import load_context, reload_index
from assistant.uploads import add_staged, discard_staged, existing_upload, stage_upload
from assistant.view import date_or_not_stated
from index.build import IngestReport
from ingest.document import content_hash
from ingest.errors import ProtocolError

ACCEPTED = (".pdf", ".docx", ".txt", ".md", ".html", ".eml")  # what stage_upload reads (.htm and .markdown too)

ctx = load_context()
state = st.session_state
state.setdefault("upload_round", 0)  # a new key empties the uploader after Add or Discard
state.setdefault("upload_session", uuid.uuid4().hex)  # this browser session's own staging folder


def indexed_copies(path: Path) -> list[str]:
    """'Council (file name)' for each indexed document with exactly this file's content."""
    digest = content_hash(path)
    return [
        f"{d.meta.council} ({Path(d.source).name})"
        for d in ctx.catalogue.documents.values()
        if d.content_hash == digest
    ]


def held_by(existing: Path) -> str | None:
    """The council whose indexed protocol is the file already filed under the upload's name."""
    source = str(existing.resolve())
    return next((d.meta.council for d in ctx.catalogue.documents.values() if d.source == source), None)


def added_message(council: str, clauses: int, report: IngestReport) -> str:
    """What happened, in a clerk's words (the ingest report's counts are for the command line)."""
    count = f"{clauses} clause{'s' if clauses != 1 else ''}"
    if report.updated:
        return f"Replaced {council}'s protocol with this file: {count}. You can ask about it now."
    if report.added:
        return f"Added {council}'s protocol: {count}. You can ask about it now."
    return f"{council}'s protocol was already in the index as it is: nothing changed."


def preview(text: str, width: int = 160) -> str:
    """The clause's first words, cut at the end of a word with an ellipsis when it is longer."""
    short = textwrap.shorten(text, width, placeholder=" …")
    return short if short != "…" else " ".join(text.split())[: width - 2] + " …"  # one very long word


def clear_upload(path: Path | None) -> None:
    if path is not None:
        discard_staged(path)
    state.pop("staged", None)
    state.upload_round += 1


st.header("Add a protocol")
st.caption("A council's member/officer protocol. You will see what was read before anything is added.")
if done := state.pop("upload_done", None):
    st.success(done)
# No `type=` filter: Streamlit's uploader refuses a file of another type in the browser alone,
# leaving the previous file (and its error) on the page and the refusal on a chip's tooltip.
# Taken here, an .rtf replaces the previous file and gets its own plain error from stage_upload.
upload = st.file_uploader("Protocol file", key=f"upload-{state.upload_round}")
st.caption(f"Accepted: {', '.join(ACCEPTED)} (PDF, Word, text, Markdown, a saved web page or a saved email)")
if upload is None and (stale := state.pop("staged", None)) is not None:
    # The file was removed from the uploader: its preview or error goes with it.
    if stale["path"] is not None:
        discard_staged(stale["path"])
if upload is not None:
    data = upload.getvalue()
    fingerprint = (upload.name, hashlib.sha256(data).hexdigest())
    staged = state.get("staged")
    if staged is None or staged["fingerprint"] != fingerprint:  # parse once per upload, not per rerun
        if staged is not None and staged["path"] is not None:
            discard_staged(staged["path"])
        try:
            path, doc = stage_upload(upload.name, data, ctx.settings, state.upload_session)
            staged = {"fingerprint": fingerprint, "path": path, "doc": doc, "error": None}
        except ProtocolError as exc:
            staged = {"fingerprint": fingerprint, "path": None, "doc": None, "error": str(exc)}
        state.staged = staged
    if staged["error"]:
        st.error(f"{staged['error']} — nothing was added.")
    else:
        doc, m = staged["doc"], staged["doc"].meta
        st.markdown(
            f"**Council:** {m.council}  \n**Title:** {m.title}  \n"
            f"**Adopted:** {date_or_not_stated(m.adopted)} · "
            f"**Last reviewed:** {date_or_not_stated(m.last_reviewed)} · "
            f"**Next review:** {date_or_not_stated(m.next_review)}  \n"
            f"**Clauses found:** {len(doc.clauses)}"
        )
        for c in doc.clauses[:5]:
            label = f"{c.label} ({c.part})" if c.part else c.label
            st.text(f"{label}  {preview(c.text)}")
        # Read on every run, not when the file was staged: another session may have added a file since.
        copies = indexed_copies(staged["path"])
        existing = existing_upload(staged["path"], ctx.settings)
        if copies:
            # The very same file: adding it again would only quote every clause twice.
            st.info(f"This file is already in the index: {', '.join(copies)}. There is nothing to add.")
            if st.button("Upload another file"):
                clear_upload(staged["path"])
                st.rerun()
            st.stop()
        on_conflict = "ask"
        if existing is not None:
            held = held_by(existing)
            st.warning(
                f"A different file named {existing.name} is already in the index"
                f"{f' ({held})' if held else ''}. Replace it with this one, or keep both?"
            )
            choice = st.radio(
                "This upload",
                [f"Replace {held}'s protocol" if held else f"Replace {existing.name}", "Keep both"],
                key="upload-conflict",
            )
            on_conflict = "keep-both" if choice == "Keep both" else "replace"
        if st.button("Add to the index", type="primary"):
            bar = st.progress(0.0, text="Embedding…")
            try:
                report = add_staged(
                    staged["path"],
                    ctx.settings,
                    lambda: ctx.assistant.index.embedder,
                    progress=lambda done, total: bar.progress(done / max(total, 1)),
                    on_conflict=on_conflict,
                )
            except ProtocolError as exc:
                st.error(f"{exc} — the index is unchanged.")
                state.pop("staged", None)  # the staged copy is gone: upload it again to retry
            else:
                reload_index()
                clear_upload(None)  # add_staged moved the staged file into the uploads folder
                # Said on the next run, above an empty uploader: no file chip or Add button under it.
                state.upload_done = added_message(m.council, len(doc.clauses), report)
                st.rerun()
        elif st.button("Discard"):
            clear_upload(staged["path"])
            st.rerun()
