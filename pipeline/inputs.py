"""Which files a command line names: files as given, folders searched recursively."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class InputFile:
    path: Path
    # the path as the user gave it (folder arguments joined with the relative path)
    source_file: str


def collect_inputs(arguments: list[str]) -> list[InputFile]:
    """Every PDF under the arguments, in a stable order, each once."""
    found: list[InputFile] = []
    seen: set[Path] = set()
    for arg in arguments:
        path = Path(arg)
        if path.is_dir():
            candidates = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf"
            )
            items = [InputFile(p, str(Path(arg) / p.relative_to(path))) for p in candidates]
        else:
            items = [InputFile(path, arg)]
        for item in items:
            key = item.path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(item)
    return found
