"""What every app's demo shares: reading its data files (``data``) and the generated
images (``images``). Each app keeps its demo in ``<app>/demo/``: the facts in TOML files,
the few lines that build pages from them in Python (docs/demo.md)."""
