"""Factories registered by name from the modules of one package: the rankers (index/rankers/)
and the answer writers (assistant/writers/). A new one is a module in that package that calls
`register("name")` on its factory; the package's modules are imported on first use."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Generic, TypeVar

F = TypeVar("F", bound=Callable[..., object])


class Registry(Generic[F]):
    def __init__(self, package: str) -> None:
        self.package = package
        self._factories: dict[str, F] = {}

    def register(self, name: str) -> Callable[[F], F]:
        def decorate(factory: F) -> F:
            self._factories[name] = factory
            return factory

        return decorate

    def _discover(self) -> None:
        for module in pkgutil.iter_modules(importlib.import_module(self.package).__path__):
            importlib.import_module(f"{self.package}.{module.name}")

    def names(self) -> list[str]:
        self._discover()
        return sorted(self._factories)

    def get(self, name: str) -> F | None:
        self._discover()
        return self._factories.get(name)
