"""Answers written by a local Ollama model (optional extra: pip install '.[ollama]')."""

from __future__ import annotations

import os
from typing import Any

from assistant.llm import LLMWriter
from assistant.settings import Settings
from assistant.writers import register
from ingest.errors import AnswerError


@register("ollama")
def ollama_writer(settings: Settings, chat_model: Any = None) -> LLMWriter:
    if chat_model is None:
        try:
            from langchain_ollama import ChatOllama
        except ImportError as exc:
            raise AnswerError("the Ollama backend needs langchain-ollama: pip install '.[ollama]'") from exc
        chat_model = ChatOllama(
            model=settings.llm.model or "llama3.1",
            base_url=settings.llm.base_url or os.environ.get("OLLAMA_HOST", "http://localhost:11434"),
            temperature=0,
        )
    return LLMWriter("ollama", chat_model, settings.llm.timeout)
