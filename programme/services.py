"""The programme's writes (its selectors are in ``queries.py``; sign-ups are written by
``programme.registration.services``).

- ``sync_workshop_runs(event)``: derive the workshop runs (workshop × round) from the rounds
  ticked on each workshop; ``EventPage.save`` calls it. Runs are updated in place so their
  ids stay stable: registrations point at them.
"""

from django.db import transaction


@transaction.atomic
def sync_workshop_runs(event) -> None:
    from .models import Workshop, WorkshopRound, WorkshopRun

    # Read what is stored, not the page's in-memory rows (a draft may differ).
    rounds = list(WorkshopRound.objects.filter(page=event).order_by("sort_order", "pk"))
    existing = {
        (run.workshop_id, run.round_id): run
        for run in WorkshopRun.objects.filter(workshop__page=event)
    }
    wanted = set()
    for workshop in Workshop.objects.filter(page=event):
        for number in workshop.round_numbers:
            if 1 <= number <= len(rounds):
                key = (workshop.pk, rounds[number - 1].pk)
                wanted.add(key)
                run = existing.get(key)
                if run is None:
                    WorkshopRun.objects.create(
                        workshop=workshop, round=rounds[number - 1], capacity=workshop.capacity
                    )
                elif run.capacity != workshop.capacity:
                    run.capacity = workshop.capacity
                    run.save(update_fields=["capacity"])
    stale = [run.pk for key, run in existing.items() if key not in wanted]
    if stale:
        WorkshopRun.objects.filter(pk__in=stale).delete()
