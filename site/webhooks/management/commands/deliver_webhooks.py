from atelier.webhooks.delivery import deliver_due, prune_log
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Send webhook deliveries that are due (first tries that failed, retries with backoff)."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="At most this many per run.")

    def handle(self, *args, limit, **options):
        counts = deliver_due(limit=limit)
        pruned = prune_log()
        self.stdout.write(
            f"{counts['succeeded']} delivered, {counts['failed']} not delivered, "
            f"{pruned} old log entries removed"
        )
