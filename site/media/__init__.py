"""Images and documents, one room: the models (``models.py``, registered under the app label
``atelier`` through ``atelier.models``), reading a document file (``documents.py``), the private
documents storage (``storage.py``) and the admin's upload forms (``forms.py``)."""
