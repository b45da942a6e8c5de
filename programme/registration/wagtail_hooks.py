"""Back office (wagtail-modeladmin): registrations per event, attendees per workshop run,
the mail outbox. Everything here shows personal data, so every view needs the permission
``registration.view_personal_data``; records change only through the public links and
the services (so waiting lists move on), never by editing rows here."""

from django.contrib.admin import SimpleListFilter, display
from django.contrib.admin.utils import label_for_field
from django.http import HttpResponseForbidden
from django.urls import include, path, reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import IndexView, InspectView

from .models import ACTIVE_STATUSES, MailOutbox, Registration, WorkshopChoice

PERSONAL_DATA_PERMISSION = "registration.view_personal_data"
# Spreadsheet programs run a cell starting with one of these as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


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
    """The modeladmin list, with CSV/XLSX cells that cannot run as formulas."""

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


class PersonalDataInspectView(ForbiddenWithoutPermission, InspectView):
    pass


class EventFilter(SimpleListFilter):
    title = _("event")
    parameter_name = "event"

    def lookups(self, request, model_admin):
        field = "page" if model_admin.model is Registration else "registration__page"
        rows = model_admin.model.objects.values_list(f"{field}_id", f"{field}__title").distinct()
        return sorted(set(rows), key=lambda row: row[1])

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        field = "page_id" if queryset.model is Registration else "registration__page_id"
        return queryset.filter(**{field: self.value()})


class WorkshopFilter(SimpleListFilter):
    title = _("workshop")
    parameter_name = "run"

    def lookups(self, request, model_admin):
        from programme.models import WorkshopRun

        runs = WorkshopRun.objects.filter(choices__isnull=False).order_by().distinct()
        labelled = [
            (run.pk, f"{run.round.page.title} · {run}")
            for run in runs.select_related("workshop", "round__page")
        ]
        return sorted(labelled, key=lambda row: row[1])

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if queryset.model is Registration:
            return queryset.filter(choices__run_id=self.value()).distinct()
        return queryset.filter(run_id=self.value())


class RoundFilter(SimpleListFilter):
    title = _("round")
    parameter_name = "round"

    def lookups(self, request, model_admin):
        from programme.models import WorkshopRound

        rounds = WorkshopRound.objects.filter(runs__choices__isnull=False).order_by().distinct()
        labelled = [(r.pk, f"{r.page.title} · {r}") for r in rounds.select_related("page")]
        return sorted(labelled, key=lambda row: row[1])

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if queryset.model is Registration:
            return queryset.filter(choices__round_id=self.value()).distinct()
        return queryset.filter(round_id=self.value())


class RegistrationButtonHelper(ButtonHelper):
    """Adds the GDPR buttons (export, erase one person's data) to each row."""

    def get_buttons_for_obj(self, obj, **kwargs):
        buttons = super().get_buttons_for_obj(obj, **kwargs)
        buttons.append(
            {
                "url": reverse("registration_admin:export_person", args=[obj.pk]),
                "label": _("Data (JSON)"),
                "classname": "button button-small button-secondary",
                "title": _("Download all data of this email address"),
            }
        )
        if self.request.user.has_perm("registration.delete_registration"):
            buttons.append(
                {
                    "url": reverse("registration_admin:erase_person", args=[obj.pk]),
                    "label": _("Erase"),
                    "classname": "button button-small no",
                    "title": _("Erase all data of this email address"),
                }
            )
        return buttons


class RegistrationAdmin(ModelAdmin):
    model = Registration
    button_helper_class = RegistrationButtonHelper
    menu_label = _("Registrations")
    menu_icon = "form"
    permission_helper_class = PersonalDataPermissionHelper
    index_view_class = SafeExportIndexView
    inspect_view_class = PersonalDataInspectView
    inspect_view_enabled = True
    list_display = ("name", "email", "organisation", "event", "status", "workshops", "created_at")
    list_filter = (EventFilter, "status", WorkshopFilter, RoundFilter)
    search_fields = ("name", "email", "organisation", "role")
    list_export = (
        "name",
        "email",
        "organisation",
        "role",
        "needs",
        "event",
        "status",
        "workshops",
        "created_at",
    )
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
    @display(description=_("event"))
    def event(obj):
        return obj.page.title

    @staticmethod
    @display(description=_("workshops"))
    def workshops(obj):
        return "; ".join(
            gettext("%(workshop)s (waiting list)") % {"workshop": choice.run}
            if choice.status == "waitlisted"
            else str(choice.run)
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
    list_export = ("participant", "email", "organisation", "run", "status")
    export_filename = "deelnemers-per-workshop"

    def get_queryset(self, request):
        return WorkshopChoice.objects.filter(
            registration__status__in=ACTIVE_STATUSES, registration__anonymised_at=None
        ).select_related("registration", "run__workshop", "run__round")

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
def register_personal_data_urls():
    from . import admin_views

    urls = [
        path("export/<int:pk>/", admin_views.export_view, name="export_person"),
        path("erase/<int:pk>/", admin_views.erase_view, name="erase_person"),
    ]
    return [path("registration/person/", include((urls, "registration_admin")))]
