from django.urls import path

from . import views

app_name = "programme"

urlpatterns = [
    path("<int:pk>/", views.person_detail, name="person"),
]
