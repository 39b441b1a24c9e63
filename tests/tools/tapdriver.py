"""Log taps forever through the window's code path, printing each one once it is acknowledged.

    python -m tests.tools.tapdriver DB EVENT_ID [--seed N] [--count N]

Each line on stdout is written only after `core.records.tally.record_tap` (or `undo_last`) has returned,
i.e. after the window would have shown the new count: `tap <entry id>` or `void <entry id>`.
The crash-safety and concurrency tests kill this process at random moments and then check that
every acknowledged line is in the database.
"""

from __future__ import annotations

import argparse
import os
import random
import sys

from outreach_app.core.records import tally
from outreach_app.core.store.database import open_database
from outreach_app.core.records.catalogue import list_plans


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("event_id")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=0, help="stop after N taps (0: until killed)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    conn = open_database(args.db)
    plans = [p.id for p in list_plans(conn)]
    out = sys.stdout.fileno()
    os.write(out, b"ready\n")
    done = 0
    while not args.count or done < args.count:
        roll = rng.random()
        if roll < 0.02:
            undone = tally.undo_last(conn, args.event_id)
            if undone:
                os.write(out, f"void {undone.id}\n".encode())
            continue
        if roll < 0.45:
            result = tally.record_attendee(conn, args.event_id)
        elif roll < 0.75:
            result = tally.record_plan_handed_out(conn, args.event_id, rng.choice(plans))
        else:
            result = tally.record_confidence_answer(conn, args.event_id, rng.choice(tally.ANSWERS))
        os.write(out, f"tap {result.entry.id}\n".encode())
        done += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
