"""A copy of the two seed site formats built without reading our replica, crawler or cleaning code.

`server.start("a" | "b", variants)` serves a site on loopback; `compare.compare(db)`
lists how an archive built from crawling them differs from `expected.json`.
See README.md in this folder.
"""
from .compare import compare, load_expected
from .server import VARIANTS, start

__all__ = ["VARIANTS", "compare", "load_expected", "start"]
