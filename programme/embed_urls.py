from django.urls import path

from .embed import embed_agenda

urlpatterns = [path("agenda/", embed_agenda, name="embed_agenda")]
