"""Baselines served by the same process as the site, for the ratios in docs/performance.md.

The minimal views do what any hand-written endpoint would: one ORM query with the same
prefetches as the API, a dict per object, orjson. No validation, no schema, no caching."""

import orjson
from django.http import Http404, HttpResponse

from programme.queries import event_detail_queryset, public_events, upcoming_events


def trivial(request):
    return HttpResponse(b"ok", content_type="text/plain")


def _json(data) -> HttpResponse:
    return HttpResponse(orjson.dumps(data), content_type="application/json")


def _person(person):
    return {
        "id": person.pk,
        "name": person.name,
        "honorific": person.honorific,
        "job_title": person.job_title,
    }


def _list_item(event):
    return {
        "id": event.pk,
        "title": event.title,
        "url": event.full_url,
        "format": event.format,
        "start": event.start.isoformat(),
        "end": event.end.isoformat() if event.end else None,
        "is_online": event.is_online,
        "venue": {"name": event.venue.name, "city": event.venue.city} if event.venue else None,
        "themes": [{"slug": t.slug, "name": t.name} for t in event.themes.all()],
        "status": event.status,
        "summary": event.summary,
    }


def minimal_event_list(request):
    events = upcoming_events(public_events())[:20]
    return _json({"count": len(events), "items": [_list_item(e) for e in events]})


def minimal_event_detail(request, pk):
    event = event_detail_queryset().filter(pk=pk).first()
    if event is None:
        raise Http404
    data = _list_item(event)
    data["speakers"] = [{"person": _person(s.person), "role": s.role} for s in event.speakers.all()]
    data["programme"] = [
        {
            "title": item.title,
            "description": item.description,
            "is_public": item.is_public,
            "speakers": [_person(p) for p in item.people.all()],
        }
        for item in event.programme_items.all()
    ]
    runs_by_round = {}
    for workshop in event.workshops.all():
        for run in workshop.runs.all():
            runs_by_round.setdefault(run.round_id, []).append(
                {
                    "id": workshop.pk,
                    "run_id": run.pk,
                    "title": workshop.title,
                    "description": workshop.description,
                    "capacity": run.capacity,
                    "facilitators": [_person(p) for p in workshop.facilitators.all()],
                }
            )
    data["rounds"] = [
        {"id": r.pk, "title": r.title, "workshops": runs_by_round.get(r.pk, [])}
        for r in event.workshop_rounds.all()
    ]
    return _json(data)
