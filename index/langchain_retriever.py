"""LangChain's retriever interface over the project's own index: `Document`s carrying the
clause record's fields (and the scores) as metadata. The only LangChain-facing file of `index/`."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict


class ProtocolRetriever(BaseRetriever):
    """`ProtocolRetriever(index=ProtocolIndex(...), k=5, councils=None).invoke(question)`"""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Any
    k: int = 5
    councils: list[str] | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        result = self.index.search(query, k=self.k, councils=self.councils)
        return [
            Document(
                page_content=hit.clause.text,
                id=hit.clause.id,
                metadata={
                    **hit.clause.to_dict(),
                    "clause": hit.clause.label,  # the name the public citation JSON uses
                    "rank": hit.rank,
                    "score": hit.score,
                    "similarity": hit.similarity,
                },
            )
            for hit in result.hits
        ]
