"""Background work. django-tasks has no retries or scheduler: the periodic command
``send_outbox_mail`` catches whatever this task could not send."""

from django_tasks import task

from .mail import deliver


@task()
def send_outbox_message(message_id: int) -> bool:
    return deliver(message_id)
