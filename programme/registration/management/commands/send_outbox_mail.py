"""Send (and retry) the mail outbox. Run it every few minutes from cron."""

from django.core.management.base import BaseCommand

from ...mail import deliver, due_messages, release_stale_claims


class Command(BaseCommand):
    help = "Send due mails from the registration outbox; failed ones are retried with backoff."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=200)

    def handle(self, *args, limit, **options):
        released = release_stale_claims()
        sent = failed = 0
        for message_id in due_messages(limit).values_list("pk", flat=True):
            if deliver(message_id):
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"Outbox: {sent} sent, {failed} not sent, {released} released.")
