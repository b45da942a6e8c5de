"""Generate volume content for `make bench`, deterministically from a seed.

Bench tooling, not in the installed package (issue 22). On a migrated database with the demo
loaded (`manage.py load_demo`), from the repository root:

    python -m tests.bench.generate --events 1000 [--people N] [--seed S] [--no-index]

Events with programmes, speakers and workshop rounds, people with photos, organisations and
venues (tests/bench/content.py), bulk-inserted with search indexing off, then one
`update_index`. DJANGO_SETTINGS_MODULE defaults to the dev settings, as for manage.py; the
bench sets its own (tests/bench/settings.py) and DATABASE_URL.
"""

import argparse
import os
import random
import sys
import time


def parse(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.generate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument("--people", type=int, default=None, help="default: events / 2")
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--no-index", action="store_true", help="skip the final reindex")
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    if args.events < 0 or (args.people is not None and args.people < 0):
        parser.error("sizes must be zero or more")
    return args


def generate(*, events: int, people=None, seed=20260101, index=True, progress=True, out=None):
    """Make the content in the configured database; returns what was made. Django must be
    set up."""
    from django.core.management import call_command

    from .content import generate_programme

    out = out or sys.stdout
    sizes = {"events": events, "people": people if people is not None else max(events // 2, 10)}
    rng = random.Random(seed)  # reproducible content, not secrets
    started = time.perf_counter()
    made = generate_programme(sizes=sizes, rng=rng, progress=progress)
    out.write(f"programme: {made} in {time.perf_counter() - started:.1f} s\n")
    if index:
        started = time.perf_counter()
        call_command("update_index", verbosity=0)
        out.write(f"search index rebuilt in {time.perf_counter() - started:.1f} s\n")
    return made


def main(argv=None) -> None:
    args = parse(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "atelier.settings.dev")
    import django

    django.setup()
    generate(
        events=args.events,
        people=args.people,
        seed=args.seed,
        index=not args.no_index,
        progress=not args.no_progress,
    )


if __name__ == "__main__":
    main()
