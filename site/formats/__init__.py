"""Date formats per language where Django's own differ from what the site writes
(``FORMAT_MODULE_PATH``)."""
