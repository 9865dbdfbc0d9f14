"""A faithful, adversarial local copy of the two report sites, for tests,
benchmarks and the demo.

- ``replica.corpus``: the seed pages as :class:`Report` objects (plus traps).
- ``replica.site``: the two sites as routers, ``handle(path) -> Response``,
  in one of two builds: ``replica.pages`` (the default markup) or
  ``replica.legacy`` (the same pages as an old table-based CMS writes them).
- ``replica.server``: ``start()`` both sites on 127.0.0.1 in background threads.

Must not import crawler/, cleaning/ or archive/.
"""
