"""All holdout3 documents, in order."""

from __future__ import annotations

from samples.generate.holdout3 import docs_a
from samples.generate.holdout3.model import Doc


def all_docs() -> list[Doc]:
    from samples.generate.holdout3 import docs_rl, docs_x

    out = [docs_a.doc301(), docs_x.doc302(), docs_rl.doc303(), docs_x.doc305(), docs_rl.doc306()]
    from samples.generate.holdout3 import docs_d

    out.insert(3, docs_d.doc304())
    out.append(docs_d.doc307())
    out.append(docs_x.doc308())
    return out
