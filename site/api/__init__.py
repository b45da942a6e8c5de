"""The API framework every app builds on: the content API's mount (``v1``), problem
documents (``errors``), HTTP caching and CORS (``http``), pagination, parameters, shared
filters, references, schemas, the OpenAPI completion and Wagtail's own v2 API (``v2``).

Apps import from these modules; nothing here imports an app (docs/architecture.md)."""
