"""`protocols chat` fed from a pipe: each answer under the question it answers."""

import pytest
from click.testing import CliRunner

from assistant.cli import main

pytestmark = pytest.mark.model


def test_piped_chat_echoes_each_question_before_its_answer(corpus_index):
    questions = ["must the clerk attend party group meetings?", "what about Battle?"]
    lines = "\n".join(questions) + "\n\nexit\n"
    result = CliRunner().invoke(main, ["chat", "--index", str(corpus_index)], input=lines)
    assert result.exit_code == 0, result.output
    out = result.output
    assert [line for line in out.splitlines() if line.startswith("> ")] == [f"> {q}" for q in questions]
    assert out.startswith(f"> {questions[0]}\n")  # nothing before the first question
    first, second = out.split(f"\n\n> {questions[1]}\n")  # a blank line between the turns
    # Each question is followed by its own answer: Yateley's clause 8.2, then Battle's for the follow-up.
    assert "Yateley Town Council" in first and "Sources:" in first
    assert "[1] Battle Town Council" in second and "Sources:" in second
    assert out.endswith("\n\n")  # a blank line after every answer, the last too
