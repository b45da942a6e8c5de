"""Run the periodic commands (scheduled publishing, mail and webhook outboxes, reminders,
retention) until stopped. See atelier/scheduler.py and docs/deployment.md."""

import signal
import time

from atelier.registry import registry
from atelier.scheduler import Scheduler
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Run the periodic commands apps register (publish_scheduled every 30 seconds, the "
        "outboxes, reminders, retention) until stopped. One per site."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Run every command once and stop (for cron)."
        )

    def handle(self, *args, once=False, **options):
        scheduler = Scheduler(registry.periodic_commands)
        for job in scheduler.jobs:
            self.stdout.write(f"every {job.command.every:>6} s  {job}")
        if once:
            for job in scheduler.jobs:
                job.next_run = 0  # everything, now
            scheduler.run_due()
            return
        self.stopping = False
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self.stop)
        while not self.stopping:
            scheduler.run_due()
            # Sleep in short steps so a stop signal is answered at once.
            deadline = time.monotonic() + scheduler.seconds_to_next()
            while not self.stopping and time.monotonic() < deadline:
                time.sleep(min(1.0, deadline - time.monotonic()))
        self.stdout.write("Scheduler stopped.")

    def stop(self, signum, frame):
        self.stopping = True
