"""The programme's part of /api/v1/ (docs/api.md): ``routes`` (events, series), ``people``
(people, organisations), ``schemas`` and ``serializers`` (knowledge builds on these two)."""
