"""Build the demo site from the content in the repository. Safe to run again."""

from atelier.registry import registry
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the demo site (home page, accounts and each app's demo content). Idempotent."

    def handle(self, *args, **options):
        for loader in registry.sorted_demo_loaders():
            self.stdout.write(f"Loading demo content: {loader.name}")
            loader.load(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo site ready."))
