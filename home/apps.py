from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from atelier.registry import registry

        from .demo import load_front_door, load_home_demo, translate_navigation

        editorial = ("home.ContentPage", "home.LandingPage")
        for parent in ("home.HomePage", *editorial):
            registry.allow_children(parent, *editorial)
        registry.add_demo_loader("home", load_home_demo, order=10)
        # Once every app has made its sections: the composed home page and the main menu.
        registry.add_demo_loader("front door", load_front_door, order=85)
        # Last: the English menus, once every app has put its sections in the Dutch ones.
        registry.add_demo_loader("navigation", translate_navigation, order=90)
