"""Knowledge's part of /api/v1/ (docs/api.md): ``routes`` (projects, reports, articles and a
person's reports), ``schemas`` and ``serializers``."""
