"""A faithful, adversarial local copy of the two report sites, for tests,
benchmarks and the demo.

- ``replica.corpus``: the seed pages as :class:`Report` objects (plus traps).
- ``replica.site``: the two sites as routers, ``handle(path) -> Response``,
  in one of three builds: ``replica.pages`` (the default markup),
  ``replica.legacy`` (the same pages as an old table-based CMS writes them)
  or ``replica.dynamic`` (the default markup under script addresses).
- ``replica.server``: ``start()`` both sites on 127.0.0.1 in background threads.

Must not import crawler/, cleaning/ or archive/.
"""
