"""The one place that builds things from the settings: the embedder, the index, the assistant,
an ingest run. The CLI, the app, the benchmark and the tests all construct through here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.chain import Assistant
    from index.build import IngestReport
    from index.embedder import Embedder
    from index.search import ProtocolIndex
    from ingest.document import ParsedDocument


def embedder_factory(settings: Settings) -> Callable[[], Embedder]:
    """A function that loads the configured model when something first needs to embed."""

    def factory() -> Embedder:
        from index.embedder import load_embedder

        return load_embedder(
            settings.model, settings.embed_batch_size, settings.model_cache_dir, settings.embedding_backend
        )

    return factory


def open_index(
    settings: Settings, embedder: Callable[[], Embedder] | None = None, *, warm: bool = False
) -> ProtocolIndex:
    """The index named by the settings, loaded (raises a ProtocolError if there is none). With
    `warm`, the model starts loading in the background at once (for a command that will embed)."""
    from index.embedder import loads_quickly
    from index.search import ProtocolIndex

    # (a first export of the model, ~20 s with torch, is made where it is needed, not in the background)
    warm = (
        warm
        and embedder is None
        and loads_quickly(settings.model, settings.model_cache_dir, settings.embedding_backend)
    )
    return ProtocolIndex(
        settings.index_config(), settings.search_config(), embedder or embedder_factory(settings), warm=warm
    )


def open_assistant(
    settings: Settings, index: ProtocolIndex | None = None, chat_model: Any = None, *, warm: bool = False
) -> Assistant:
    # The index (and, with `warm`, the model behind it) first: the chain's imports overlap the load.
    index = index or open_index(settings, warm=warm)
    from assistant.chain import Assistant

    return Assistant(index, settings, chat_model=chat_model)


def parse_file(settings: Settings, path: Path) -> ParsedDocument:
    """One file parsed within the configured limits (raises IngestError naming it)."""
    from ingest.document import parse_document

    return parse_document(path, settings.ingest_limits())


def run_ingest(
    settings: Settings,
    paths: list[Path | str],
    *,
    embedder: Callable[[], Embedder] | None = None,
    rebuild: bool = False,
    prune_missing: bool = True,
    progress: Callable[[int, int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> IngestReport:
    """Bring the settings' index up to date with `paths` (see index.build.ingest)."""
    from index.build import ingest

    return ingest(
        paths,
        settings.index_config(),
        embedder or embedder_factory(settings),
        limits=settings.ingest_limits(),
        rebuild=rebuild,
        prune_missing=prune_missing,
        progress=progress,
        on_error=on_error,
        on_notice=on_notice,
    )
