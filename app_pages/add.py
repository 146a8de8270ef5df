"""Add a protocol: upload, see what was read, then add it to the index (or discard it)."""

from __future__ import annotations

import hashlib
import uuid

import streamlit as st

from app_pages.shared import load_context, reload_index
from assistant.uploads import add_staged, discard_staged, existing_upload, stage_upload
from assistant.view import date_or_not_stated
from ingest.errors import ProtocolError

ctx = load_context()
state = st.session_state
state.setdefault("upload_round", 0)  # a new key empties the uploader after Add or Discard
state.setdefault("upload_session", uuid.uuid4().hex)  # this browser session's own staging folder

st.header("Add a protocol")
st.caption("PDF, Word (.docx), text or Markdown. You will see what was read before anything is added.")
upload = st.file_uploader(
    "Protocol file", type=["pdf", "docx", "txt", "md", "html", "htm"], key=f"upload-{state.upload_round}"
)
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
            st.text(f"{label}  {' '.join(c.text.split())[:160]}")
        on_conflict = "ask"
        existing = existing_upload(staged["path"], ctx.settings)
        if existing is not None:
            held = [
                d.meta.council
                for d in ctx.assistant.index.catalogue.documents.values()
                if d.source == str(existing.resolve())
            ]
            st.warning(
                f"A protocol named {existing.name} is already in the index"
                f"{f' ({held[0]})' if held else ''}. Replace it with this one, or keep both?"
            )
            choice = st.radio(
                "This upload",
                ["Keep both", f"Replace {held[0] if held else existing.name}"],
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
                bar.progress(1.0, text="Done")
                reload_index()
                state.pop("staged", None)
                state.upload_round += 1
                st.success(f"Added {m.council}: {len(doc.clauses)} clauses ({report.summary()}).")
        elif st.button("Discard"):
            discard_staged(staged["path"])
            state.pop("staged", None)
            state.upload_round += 1
            st.rerun()
