"""A faithful, adversarial local copy of the two report sites, for tests,
benchmarks and the demo.

- ``replica.corpus``: the seed pages as :class:`Report` objects (plus traps).
- ``replica.site``: the two sites as routers, ``handle(path) -> Response``.
- ``replica.server``: ``start()`` both sites on 127.0.0.1 in background threads.

Must not import crawler/, cleaning/ or archive/.
"""
