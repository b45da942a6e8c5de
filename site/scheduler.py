"""Runs the periodic commands the apps register (``registry.add_periodic_command``):
scheduled publishing, the mail and webhook outboxes, reminders, retention.

One process, started by ``manage.py run_scheduler``: in development by ``make run``
(honcho, Procfile.dev), in production as a service of its own (Procfile,
docs/deployment.md). Run one per site, not one per machine: the commands are idempotent,
but a second scheduler only doubles the work.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.core.management import call_command
from django.db import connections

from .registry import PeriodicCommand

logger = logging.getLogger(__name__)


# Jobs that run at most hourly start with the scheduler; longer ones (retention, purging,
# a full reindex) wait an hour first, so a restart or a deploy does not set them off.
START_DELAY = 3600


@dataclass
class Job:
    command: PeriodicCommand
    next_run: float = 0.0

    def __str__(self):
        return " ".join((self.command.name, *self.command.args))


def drop_stale_connections() -> None:
    """Django's ``close_old_connections``, but never inside a transaction: there (a test
    calling the scheduler, or a caller's atomic block) closing would break what follows."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


class Scheduler:
    def __init__(self, commands, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        start = clock()
        self.jobs = [
            Job(command, start + (START_DELAY if command.every > START_DELAY else 0))
            for command in commands
        ]

    def due(self) -> list[Job]:
        now = self.clock()
        return [job for job in self.jobs if job.next_run <= now]

    def run_due(self) -> list[Job]:
        """Run every job that is due, each in turn; a failing job is logged and retried at
        its next turn, never stopping the others."""
        ran = []
        for job in self.due():
            drop_stale_connections()  # a long-lived process: never reuse a dead connection
            try:
                call_command(job.command.name, *job.command.args, stdout=io.StringIO())
            except Exception:
                logger.exception("Periodic command %s failed", job)
            job.next_run = self.clock() + job.command.every
            ran.append(job)
        drop_stale_connections()
        return ran

    def seconds_to_next(self) -> float:
        return max(0.0, min(job.next_run for job in self.jobs) - self.clock()) if self.jobs else 60
