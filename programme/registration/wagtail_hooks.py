"""Back office (wagtail-modeladmin): registrations per event, attendees per workshop run,
the mail outbox. Everything here shows personal data, so every view needs the permission
``registration.view_personal_data``. Records are never edited as rows: cancelling, moving
up, resending and mailing are actions (admin_actions.py) that go through the services, so
the waiting list moves on, mail goes through the outbox and the audit log records them.

Why modeladmin and not Wagtail's ModelViewSet: see docs/registration.md ("The back
office").
"""

from django.contrib.admin import SimpleListFilter, display
from django.contrib.admin.utils import label_for_field
from django.db.models import Prefetch
from django.http import HttpResponseForbidden
from django.urls import include, path, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import ModelLogEntry
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import IndexView, InspectView

from . import audit, export, questions
from .admin_actions import may_manage
from .models import ACTIVE_STATUSES, MailOutbox, Registration, WorkshopChoice

PERSONAL_DATA_PERMISSION = "registration.view_personal_data"
neutralise_formula = export.neutralise_formula


class PersonalDataPermissionHelper(PermissionHelper):
    def user_can_list(self, user):
        return user.is_active and user.has_perm(PERSONAL_DATA_PERMISSION)

    def user_can_inspect_obj(self, user, obj):
        return self.inspect_view_enabled and self.user_can_list(user)

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class ForbiddenWithoutPermission:
    """Answer 403 (Wagtail would redirect to the dashboard), so a refused export is
    unmistakable for people and scripts alike."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and not self.permission_helper.user_can_list(user):
            return HttpResponseForbidden(_("You do not have access to registrations."))
        return super().dispatch(request, *args, **kwargs)


class SafeExportIndexView(ForbiddenWithoutPermission, IndexView):
    """The modeladmin list, with CSV/XLSX cells that cannot run as formulas, empty cells
    left empty and sentence-case headings."""

    def to_row_dict(self, item):
        return {field: getattr(self.model_admin, field)(item) for field in self.list_export}

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        # Modeladmin title-cases every word ("Functie Of Rol"); a sentence-case heading
        # reads right in Dutch and English alike.
        if field in self.export_headings:
            return str(self.export_headings[field])
        return capfirst(str(label_for_field(field, self.model, model_admin=self.model_admin)))

    def stream_csv(self, queryset):
        # The CSV streams after the view has returned, when the editor's admin language is
        # no longer active: keep it for the headings.
        language = translation.get_language()
        rows = super().stream_csv(queryset)

        def in_language():
            with translation.override(language):
                yield from rows

        return in_language()


class RegistrationIndexView(SafeExportIndexView):
    """Per event (filter): the list with each round's workshop; the export has one line
    per registration and one column per round and extra question (export.py)."""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return export.response(queryset, spreadsheet_format, self.get_filename())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event_id = self.request.GET.get(EventFilter.parameter_name)
        context["selected_event"] = None
        if event_id and event_id.isdigit() and may_manage(self.request.user):
            from wagtail.models import Page

            page = Page.objects.filter(pk=event_id).first()
            if page is not None:
                context["selected_event"] = page
                context["mail_participants_url"] = (
                    reverse("registration_admin:mail_participants", args=[page.pk])
                    + "?"
                    + urlencode({"next": self.request.get_full_path()})
                )
        return context


class RegistrationInspectView(ForbiddenWithoutPermission, InspectView):
    """Also shows the workshops per round, the answers to the extra questions and the
    registration's history from the audit log."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registration = (
            Registration.objects.for_admin().filter(pk=self.instance.pk).first() or self.instance
        )
        context["choices"] = list(registration.choices.all())
        context["answers"] = [
            (answer.get("question", ""), questions.display(answer.get("answer")))
            for answer in registration.answers
        ]
        context["history"] = ModelLogEntry.objects.for_instance(registration).select_related("user")
        return context


def event_label(page) -> str:
    """An event in a filter: its title and date, so two sessions with one name differ."""
    start = getattr(getattr(page, "eventpage", None), "start", None)
    if start is None:
        return page.title
    return f"{page.title} ({date_format(timezone.localtime(start), 'j M Y')})"


# "event" alone is also a webhook's event in the site's catalog ("gebeurtenis").
EVENT = pgettext_lazy("an activity people register for", "event")


class EventFilter(SimpleListFilter):
    title = EVENT
    parameter_name = "event"

    def lookups(self, request, model_admin):
        from wagtail.models import Page

        field = "page" if model_admin.model is Registration else "registration__page"
        ids = model_admin.model.objects.values_list(f"{field}_id", flat=True).distinct()
        pages = Page.objects.filter(pk__in=set(ids)).select_related("eventpage")
        return sorted(((p.pk, event_label(p)) for p in pages), key=lambda row: row[1])

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        field = "page_id" if queryset.model is Registration else "registration__page_id"
        return queryset.filter(**{field: self.value()})


def round_lookups():
    from programme.models import WorkshopRound

    rounds = (
        WorkshopRound.objects.with_numbers()
        .filter(runs__choices__isnull=False)
        .select_related("page")
        .order_by()
        .distinct()
    )
    return {r.pk: r for r in rounds}


class RoundFilter(SimpleListFilter):
    """ "Dag van de Buurt · Ronde 1 (13:30–14:45)": rounds without a name still differ."""

    title = _("round")
    parameter_name = "round"

    def lookups(self, request, model_admin):
        rounds = round_lookups().values()
        labelled = [(r.pk, f"{r.page.title} · {r.label}") for r in rounds]
        return sorted(labelled, key=lambda row: row[1])

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if queryset.model is Registration:
            return queryset.filter(choices__round_id=self.value()).distinct()
        return queryset.filter(round_id=self.value())


class WorkshopFilter(SimpleListFilter):
    title = _("workshop")
    parameter_name = "run"

    def lookups(self, request, model_admin):
        from programme.models import WorkshopRun

        rounds = round_lookups()
        runs = WorkshopRun.objects.filter(choices__isnull=False).order_by().distinct()
        labelled = []
        for run in runs.select_related("workshop", "round__page"):
            workshop_round = rounds.get(run.round_id, run.round)
            labelled.append(
                (
                    run.pk,
                    f"{workshop_round.page.title} · {workshop_round.label} · {run.workshop.title}",
                )
            )
        return sorted(labelled, key=lambda row: row[1])

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if queryset.model is Registration:
            return queryset.filter(choices__run_id=self.value()).distinct()
        return queryset.filter(run_id=self.value())


class RegistrationButtonHelper(ButtonHelper):
    """Each row: inspect, the actions that fit its status, and the GDPR buttons."""

    def button(self, url_name, obj, label, title, classname="button-secondary"):
        url = reverse(f"registration_admin:{url_name}", args=[obj.pk])
        return {
            "url": f"{url}?{urlencode({'next': self.request.get_full_path()})}",
            "label": label,
            "classname": f"button button-small {classname}",
            "title": title,
        }

    def get_buttons_for_obj(self, obj, **kwargs):
        buttons = super().get_buttons_for_obj(obj, **kwargs)
        user = self.request.user
        if may_manage(user) and obj.anonymised_at is None:
            if obj.status == "waitlisted":
                buttons.append(
                    self.button(
                        "promote", obj, _("Give a place"), _("Move up from the waiting list")
                    )
                )
            if obj.is_active:
                buttons.append(
                    self.button("resend", obj, _("Resend"), _("Send the confirmation again"))
                )
                buttons.append(
                    self.button("cancel", obj, _("Cancel"), _("Cancel this registration"), "no")
                )
        buttons.append(
            self.button(
                "export_person", obj, _("Data (JSON)"), _("Download all data of this email address")
            )
        )
        if user.has_perm("registration.delete_registration"):
            buttons.append(
                self.button(
                    "erase_person", obj, _("Erase"), _("Erase all data of this email address"), "no"
                )
            )
        return buttons


class RegistrationAdmin(ModelAdmin):
    model = Registration
    button_helper_class = RegistrationButtonHelper
    menu_label = _("Registrations")
    menu_icon = "form"
    permission_helper_class = PersonalDataPermissionHelper
    index_view_class = RegistrationIndexView
    index_template_name = "programme/registration/admin/registrations_index.html"
    inspect_view_class = RegistrationInspectView
    inspect_template_name = "programme/registration/admin/registration_inspect.html"
    inspect_view_enabled = True
    list_display = ("name", "email", "organisation", "event", "status", "workshops", "registered")
    list_filter = (EventFilter, "status", RoundFilter, WorkshopFilter)
    search_fields = ("name", "email", "organisation", "role")
    list_export = ("name",)  # not used: export.py builds the export (it varies per event)
    export_filename = "aanmeldingen"
    inspect_view_fields = (
        "name",
        "email",
        "organisation",
        "role",
        "needs",
        "page",
        "status",
        "consent_at",
        "privacy_statement_url",
        "privacy_statement_version",
        "created_at",
        "cancelled_at",
    )

    def get_queryset(self, request):
        return Registration.objects.for_admin().filter(anonymised_at=None)

    @staticmethod
    @display(description=EVENT)
    def event(obj):
        return obj.page.title

    @staticmethod
    @display(description=_("registered at"), ordering="created_at")
    def registered(obj):
        return date_format(timezone.localtime(obj.created_at), "j M Y, H:i")

    @staticmethod
    @display(description=_("workshops"))
    def workshops(obj):
        return "; ".join(
            f"{choice.run.round.label}: "
            + (
                gettext("%(workshop)s (waiting list)") % {"workshop": choice.run.workshop.title}
                if choice.status == "waitlisted"
                else choice.run.workshop.title
            )
            for choice in obj.choices.all()
        )


class AttendeeAdmin(ModelAdmin):
    """Who is in which workshop run: filter on a workshop to get its attendee list."""

    model = WorkshopChoice
    menu_label = _("Participants per workshop")
    menu_icon = "group"
    permission_helper_class = PersonalDataPermissionHelper
    index_view_class = SafeExportIndexView
    list_display = ("participant", "email", "organisation", "run", "status")
    list_filter = (EventFilter, WorkshopFilter, RoundFilter, "status")
    search_fields = ("registration__name", "registration__email", "registration__organisation")
    list_export = ("participant", "email", "organisation", "workshop", "status_label")
    export_filename = "deelnemers-per-workshop"

    def get_queryset(self, request):
        from programme.models import WorkshopRound

        return (
            WorkshopChoice.objects.filter(
                registration__status__in=ACTIVE_STATUSES, registration__anonymised_at=None
            )
            .select_related("registration", "run__workshop")
            .prefetch_related(Prefetch("run__round", queryset=WorkshopRound.objects.with_numbers()))
        )

    @staticmethod
    @display(description=_("name"))
    def participant(obj):
        return obj.registration.name

    @staticmethod
    @display(description=_("email address"))
    def email(obj):
        return obj.registration.email

    @staticmethod
    @display(description=_("organisation"))
    def organisation(obj):
        return obj.registration.organisation

    @staticmethod
    @display(description=_("workshop"))
    def workshop(obj):
        return f"{obj.run.workshop.title} · {obj.run.round.label}"

    @staticmethod
    @display(description=_("status"))
    def status_label(obj):
        return obj.get_status_display()


class OutboxAdmin(ModelAdmin):
    model = MailOutbox
    menu_label = _("Outgoing mail")
    menu_icon = "mail"
    permission_helper_class = PersonalDataPermissionHelper
    list_display = ("subject", "to", "status", "attempts", "next_attempt_at", "last_error")
    list_filter = ("status", "kind")
    search_fields = ("to", "subject")
    index_view_class = SafeExportIndexView


class RegistrationGroup(ModelAdminGroup):
    menu_label = _("Registrations")
    menu_icon = "form"
    menu_order = 250
    items = (RegistrationAdmin, AttendeeAdmin, OutboxAdmin)


modeladmin_register(RegistrationGroup)


@hooks.register("register_admin_urls")
def register_back_office_urls():
    from . import admin_actions, admin_views

    urls = [
        path("export/<int:pk>/", admin_views.export_view, name="export_person"),
        path("erase/<int:pk>/", admin_views.erase_view, name="erase_person"),
        path("cancel/<int:pk>/", admin_actions.cancel_view, name="cancel"),
        path("promote/<int:pk>/", admin_actions.promote_view, name="promote"),
        path("resend/<int:pk>/", admin_actions.resend_view, name="resend"),
        path("mail/<int:page_id>/", admin_actions.mail_participants_view, name="mail_participants"),
    ]
    return [path("registration/manage/", include((urls, "registration_admin")))]


@hooks.register("register_log_actions")
def register_registration_log_actions(actions):
    audit.register_actions(actions)
