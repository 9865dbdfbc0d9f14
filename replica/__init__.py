"""A faithful, adversarial local copy of the two report sites, for tests,
benchmarks and the demo.

- ``replica.corpus``: the seed pages as :class:`Report` objects (plus traps).
- ``replica.site``: the two sites as routers, ``handle(path) -> Response``,
  in one of four builds: ``replica.pages`` (the default markup),
  ``replica.legacy`` (the same pages as an old table-based CMS writes them),
  ``replica.dynamic`` (the default markup under script addresses) or
  ``replica.modern`` (the same pages in a current CMS's HTML5 templates).
- ``replica.server``: ``start()`` both sites on 127.0.0.1 in background threads.

Must not import crawler/, cleaning/ or archive/.
"""
