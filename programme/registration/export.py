"""The registrations export (CSV and XLSX): one line per registration, one column per
workshop round and per extra question of the events in the export.

Headings and status labels in the editor's admin language (Dutch unless they chose
English), times in Dutch local time without microseconds, empty cells empty, and no cell
that a spreadsheet program would run as a formula.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass
from typing import Any

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext

from programme.models.schedule import number_rounds

from . import questions

# Spreadsheet programs run a cell starting with one of these as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
XLSX_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def local_time(value: datetime.datetime | None) -> datetime.datetime | None:
    """Europe/Amsterdam wall-clock time, whole seconds, without a zone (as people read it
    and as spreadsheets store it)."""
    if value is None:
        return None
    return timezone.localtime(value).replace(microsecond=0, tzinfo=None)


@dataclass
class Column:
    heading: str
    value: Any  # callable(registration) -> str | datetime | None


def workshop_columns(registrations) -> list[Column]:
    """One column per round of the events in the export, in event and round order."""
    from programme.models import WorkshopRound

    page_ids = {r.page_id for r in registrations}
    rounds = number_rounds(
        WorkshopRound.objects.filter(page_id__in=page_ids)
        .select_related("page")
        .order_by("page__title", "page_id", "sort_order", "pk")
    )
    several_events = len({r.page_id for r in rounds}) > 1
    columns = []
    for workshop_round in rounds:
        heading = workshop_round.label
        if several_events:
            heading = f"{workshop_round.page.title} – {heading}"
        columns.append(Column(heading, _workshop_in(workshop_round.pk)))
    return columns


def _workshop_in(round_id: int):
    def value(registration):
        for choice in registration.choices.all():
            if choice.run.round_id == round_id:
                title = choice.run.workshop.title
                if choice.status == "waitlisted":
                    return gettext("%(workshop)s (waiting list)") % {"workshop": title}
                return title
        return None

    return value


def question_columns(registrations) -> list[Column]:
    """One column per extra question: the events' current questions first, then any that
    were removed since but still have answers (headed by their wording then)."""
    headings: dict[str, str] = {}
    for page in {r.page_id: r.page for r in registrations}.values():
        for question in questions.event_questions(page.specific):
            headings.setdefault(question.id, question.question)
    for registration in registrations:
        for answer in registration.answers:
            headings.setdefault(answer.get("id", ""), answer.get("question", ""))
    return [Column(heading, _answer_to(qid)) for qid, heading in headings.items() if qid]


def _answer_to(question_id: str):
    def value(registration):
        for answer in registration.answers:
            if answer.get("id") == question_id:
                return questions.display(answer.get("answer")) or None
        return None

    return value


def columns_for(registrations) -> list[Column]:
    return [
        Column(gettext("Name"), lambda r: r.name),
        Column(gettext("Email address"), lambda r: r.email),
        Column(gettext("Organisation"), lambda r: r.organisation),
        Column(gettext("Job title or role"), lambda r: r.role),
        Column(gettext("Dietary or accessibility needs"), lambda r: r.needs),
        Column(gettext("Event"), lambda r: r.page.title),
        Column(gettext("Status"), lambda r: r.get_status_display()),
        *workshop_columns(registrations),
        *question_columns(registrations),
        Column(gettext("Registered at"), lambda r: local_time(r.created_at)),
        Column(gettext("Cancelled at"), lambda r: local_time(r.cancelled_at)),
    ]


def table(queryset) -> tuple[list[str], list[list]]:
    """Headings and rows, computed in the active language."""
    registrations = list(queryset)
    columns = columns_for(registrations)
    rows = [
        [neutralise_formula(column.value(registration) or None) for column in columns]
        for registration in registrations
    ]
    return [column.heading for column in columns], rows


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime(CSV_TIME_FORMAT)
    return str(value)


def csv_response(queryset, filename: str) -> StreamingHttpResponse:
    headings, rows = table(queryset)

    def lines():
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in [headings, *rows]:
            writer.writerow([csv_cell(value) for value in row])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(queryset, filename: str) -> FileResponse:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    headings, rows = table(queryset)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=gettext("Registrations")[:31])
    sheet.append(headings)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value)
            if cell.data_type == "f":
                cell.data_type = "s"  # openpyxl takes "=…" for a formula
            if isinstance(value, datetime.datetime):
                cell.number_format = XLSX_TIME_FORMAT
            cells.append(cell)
        sheet.append(cells)
    output = io.BytesIO()
    workbook.save(output)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def response(queryset, export_format: str, filename: str):
    language = translation.get_language()
    with translation.override(language):
        if export_format == "xlsx":
            return xlsx_response(queryset, filename)
        return csv_response(queryset, filename)
