"""Demo content from seeds 000, 001 and 002 (filled in by the next commit)."""


def load_programme_demo(stdout=None, **kwargs):
    return None
