from django.urls import path

from . import my_programme, views

app_name = "registration"

urlpatterns = [
    path("<id:page_id>/", views.register_view, name="register"),
    path("<id:page_id>/bedankt/", views.done_view, name="done"),
    path("inschrijving/<uuid:public_id>/<str:token>/", views.manage_view, name="manage"),
    path(
        "inschrijving/<uuid:public_id>/<str:token>/mijn-programma.ics",
        my_programme.my_programme_view,
        name="my_programme",
    ),
]
