"""``python -m replica [--port N]``: serve both replica sites until Ctrl-C."""
import argparse

from replica.server import serve_forever
from replica.site import BUILDS, PART_NAMES


def main() -> None:
    """Parse the command line and serve."""
    parser = argparse.ArgumentParser(prog="python -m replica", description=__doc__)
    parser.add_argument("--port", type=int, default=0,
                        help="site A's port; site B uses port+1 (default: two free ports)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--page-size", type=int, default=4, help="reports per site-A listing page")
    parser.add_argument("--page-chars", type=int, default=6000, help="characters per report page")
    parser.add_argument("--access-log", action="store_true", help="log every request to stderr")
    parser.add_argument("--build", choices=BUILDS, default="default",
                        help="default, legacy (old table-based CMS) or dynamic (script addresses)")
    parser.add_argument("--part-names", choices=PART_NAMES, default="underscore",
                        help="a long report's later parts: <id>_2.html, <id>-2.html (dash) or <id>_p2.html (p)")
    args = parser.parse_args()
    serve_forever(args.port, args.host, page_size=args.page_size,
                  page_chars=args.page_chars, access_log=args.access_log, build=args.build,
                  part_names=args.part_names)


if __name__ == "__main__":
    main()
