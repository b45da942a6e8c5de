"""Admin widgets shared by every app."""

from wagtail.admin.widgets import AdminDateTimeInput, AdminTimeInput

# Minutes between the times the pickers list (Wagtail's default is a whole hour, so 13:30
# could only be typed); any minute can still be typed.
PICKER_STEP_MINUTES = 5


class FiveMinuteTimeInput(AdminTimeInput):
    def get_config(self):
        return {**super().get_config(), "step": PICKER_STEP_MINUTES}


class FiveMinuteDateTimeInput(AdminDateTimeInput):
    def get_config(self):
        return {**super().get_config(), "step": PICKER_STEP_MINUTES}


def use_five_minute_pickers() -> None:
    """Make every time and date-time field in the admin use the five-minute pickers."""
    from django.db import models
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(models.TimeField, override={"widget": FiveMinuteTimeInput})
    register_form_field_override(models.DateTimeField, override={"widget": FiveMinuteDateTimeInput})
