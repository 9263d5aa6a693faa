"""The stage packages have plain names at the repository root: guard against clashes."""

from __future__ import annotations

import importlib
import importlib.metadata
import tomllib
from pathlib import Path

from setuptools import find_packages

from tests.conftest import ROOT

_FIND = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
PACKAGES = [name for name in _FIND["find"]["include"] if "*" not in name]


def test_packages_listed_are_the_stage_folders() -> None:
    assert set(PACKAGES) == {"schemas", "extract", "normalize", "link", "emit", "pipeline"}


def test_every_subpackage_is_packaged() -> None:
    # a non-editable install must carry normalize.validasi and the like too
    found = set(find_packages(where=str(ROOT), include=_FIND["find"]["include"]))
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for name in PACKAGES
        for p in (ROOT / name).rglob("__init__.py")
    }
    assert on_disk <= found, sorted(on_disk - found)
    assert not any(n.split(".")[0] in {"tests", "samples", "bench"} for n in found)


def test_no_other_distribution_provides_our_package_names() -> None:
    providers = importlib.metadata.packages_distributions()
    for name in PACKAGES:
        others = [d for d in providers.get(name, []) if d != "rencana-aksi"]
        assert others == [], f"{name} is also provided by {others}"


def test_packages_import_from_this_repository() -> None:
    for name in PACKAGES:
        module = importlib.import_module(name)
        assert module.__file__ is not None
        assert Path(module.__file__).resolve().is_relative_to(ROOT), module.__file__
