"""Answers written through any OpenAI-compatible API: hosted, llama.cpp's server, vLLM
(optional extra: pip install '.[openai]'; OPENAI_BASE_URL, OPENAI_API_KEY)."""

from __future__ import annotations

import os
from typing import Any

from assistant.llm import LLMWriter
from assistant.settings import Settings
from assistant.writers import register
from ingest.errors import AnswerError


@register("openai")
def openai_writer(settings: Settings, chat_model: Any = None) -> LLMWriter:
    if chat_model is None:
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:
            raise AnswerError("the OpenAI-compatible backend needs langchain-openai: pip install '.[openai]'") from exc
        chat_model = ChatOpenAI(
            model=settings.llm.model or os.environ.get("OPENAI_MODEL", "gpt-4o-mini"),
            base_url=settings.llm.base_url or os.environ.get("OPENAI_BASE_URL"),
            api_key=os.environ.get("OPENAI_API_KEY", "not-needed-for-local-servers"),
            temperature=0,
            timeout=settings.llm.timeout,
            max_retries=0,
        )
    return LLMWriter("openai", chat_model, settings.llm.timeout)
