from .people import Organisation, Person, PersonLink, Venue

__all__ = ["Organisation", "Person", "PersonLink", "Venue"]
