from atelier.page_cache import public_revalidate
from django.urls import path

from . import views

app_name = "programme"

urlpatterns = [
    path("<id:pk>/", public_revalidate(views.person_detail), name="person"),
]
