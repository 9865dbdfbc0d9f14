"""A second copy of the two seed site formats built without reading our code: a blog and a portal.

`server.start("a" | "b")` serves a site on loopback; `compare.compare(db)` lists
how an archive built from crawling them differs from `expected.json`.
See README.md in this folder.
"""
from .compare import compare, load_expected
from .server import start

__all__ = ["compare", "load_expected", "start"]
