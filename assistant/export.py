"""Answers as Markdown with their citations, for a clerk's report."""

from __future__ import annotations

from assistant.answer import Answer, clause_name


def answer_markdown(answer: Answer) -> str:
    lines = [f"### {answer.question}", "", answer.text, ""]
    if answer.cited:
        lines.append("**Sources**")
        lines.append("")
        for n, hit in enumerate(answer.cited, 1):
            c = hit.clause
            page = f", page {c.page}" if c.page else ""
            lines.append(f"[{n}] {c.council}, *{c.document}*, {clause_name(c)}{page}")
            lines.append("")
            lines += ["> " + line for line in c.text.splitlines()]
            lines.append("")
    for note in answer.notes:
        if note not in answer.text:
            lines.append(f"*Note: {note}*")
    return "\n".join(lines).rstrip() + "\n"


def conversation_markdown(answers: list[Answer]) -> str:
    return "# Protocol Assistant - conversation\n\n" + "\n---\n\n".join(answer_markdown(a) for a in answers)
