"""The Dutch interface catalogs: complete, compiled, and up to date with the source.

Each app keeps its catalog in ``<app>/locale/nl/LC_MESSAGES/django.po`` (templates/ in
site/locale) and commits the compiled ``django.mo`` next to it (docs/i18n.md). The
up-to-date check runs ``makemessages`` once per session on a copy of the source tree, with
the ignores of the Makefile's ``messages`` target, so the real catalogs are never touched.
"""

import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
CATALOG = Path("locale", "nl", "LC_MESSAGES", "django.po")
NOT_SOURCE = {".venv", ".git", "node_modules", "__pycache__"}


def is_source(path: Path) -> bool:
    parts = path.relative_to(ROOT).parts
    return not any(part in NOT_SOURCE or part.startswith(".") for part in parts)


def find_catalogs() -> list[Path]:
    found = []
    for dirpath, dirnames, _filenames in os.walk(ROOT):
        dirnames[:] = sorted(d for d in dirnames if d not in NOT_SOURCE and not d.startswith("."))
        candidate = Path(dirpath) / CATALOG
        if Path(dirpath).name != "locale" and candidate.is_file():
            found.append(candidate)
    return sorted(found)


CATALOGS = find_catalogs()


def catalog_id(path: Path) -> str:
    return str(path.relative_to(ROOT).parents[3])  # "site", "programme/registration", ...


def live_entries(po: polib.POFile) -> list[polib.POEntry]:
    return [entry for entry in po if not entry.obsolete]


def key(entry: polib.POEntry) -> tuple[str | None, str, str]:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def describe(entries) -> str:
    lines = []
    for entry in entries:
        where = ", ".join(sorted({path for path, _line in entry.occurrences}))
        context = f" [{entry.msgctxt}]" if entry.msgctxt else ""
        lines.append(f"  {entry.msgid!r}{context}" + (f"  ({where})" if where else ""))
    return "\n".join(lines)


def makefile_ignores() -> list[str]:
    """The --ignore options of `make messages`, read from the Makefile so they cannot drift."""
    text = (ROOT / "Makefile").read_text().replace("\\\n", " ")
    match = re.search(r"^MESSAGES_IGNORE\s*:?=(.*)$", text, re.MULTILINE)
    assert match, "the Makefile defines MESSAGES_IGNORE for its messages target"
    patterns = re.findall(r"--ignore=['\"]?([^'\"\s]+)", match.group(1))
    assert patterns, "MESSAGES_IGNORE lists --ignore options"
    return patterns


def test_every_project_app_has_a_dutch_catalog_of_its_own_or_of_its_package():
    assert CATALOGS, "no catalogs found"
    catalog_dirs = {path.parents[3] for path in CATALOGS}
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if ROOT not in path.parents or not is_source(path):
            continue  # Django, Wagtail and other installed packages
        owners = [p for p in (path, *path.parents) if p in catalog_dirs]
        assert owners, f"{config.label} ({path}) has no locale/nl catalog"


@pytest.mark.parametrize("po_path", CATALOGS, ids=catalog_id)
def test_catalog_has_no_untranslated_or_fuzzy_entries(po_path):
    po = polib.pofile(str(po_path))
    untranslated = [e for e in live_entries(po) if not e.translated() and not e.fuzzy]
    fuzzy = [e for e in live_entries(po) if e.fuzzy]
    problems = []
    if untranslated:
        problems.append(f"{len(untranslated)} untranslated:\n{describe(untranslated)}")
    if fuzzy:
        problems.append(f"{len(fuzzy)} fuzzy:\n{describe(fuzzy)}")
    assert not problems, f"{po_path.relative_to(ROOT)}\n" + "\n".join(problems)


def expected_messages(po: polib.POFile) -> dict:
    """What msgfmt puts into the .mo, keyed as Python's gettext reads it."""
    messages = {}
    for entry in live_entries(po):
        if entry.fuzzy or not entry.translated():
            continue  # msgfmt leaves these out
        msgid = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            for index, text in entry.msgstr_plural.items():
                messages[(msgid, int(index))] = text
        else:
            messages[msgid] = entry.msgstr
    return messages


@pytest.mark.parametrize("po_path", CATALOGS, ids=catalog_id)
def test_committed_mo_file_matches_its_po_file(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.is_file(), f"{mo_path.relative_to(ROOT)} is missing: run `make messages`"
    with mo_path.open("rb") as handle:
        compiled = dict(gettext.GNUTranslations(handle)._catalog)
    compiled.pop("", None)  # the header
    expected = expected_messages(polib.pofile(str(po_path)))
    stale = sorted(set(compiled.items()) ^ set(expected.items()), key=str)
    assert compiled == expected, (
        f"{mo_path.relative_to(ROOT)} does not match its .po (run `make messages`); "
        f"differences: {stale[:10]}"
    )


@pytest.fixture(scope="session")
def regenerated_catalogs(tmp_path_factory) -> Path:
    """A copy of the source tree whose catalogs `makemessages` has just rewritten."""
    if shutil.which("xgettext") is None or shutil.which("msgmerge") is None:
        reason = "GNU gettext (xgettext, msgmerge) is not installed: apt-get install gettext"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)", pytrace=False)
        pytest.skip(reason)
    ignores = makefile_ignores()
    copy = tmp_path_factory.mktemp("catalogs") / "src"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(*NOT_SOURCE, ".*", "*.pyc", "*.mo", "db.sqlite3*", *ignores),
    )
    # LOCALE_PATHS points into the real tree (site/locale gets templates/): aim it at the copy.
    locale_paths = [str(copy / Path(p).resolve().relative_to(ROOT)) for p in settings.LOCALE_PATHS]
    script = (
        "import sys, django\n"
        "django.setup()\n"
        "from django.conf import settings\n"
        "from django.core.management import call_command\n"
        "settings.LOCALE_PATHS = sys.argv[1].split(':')\n"
        "call_command('makemessages', locale=['nl'], no_obsolete=True, add_location='file',\n"
        "             ignore_patterns=sys.argv[2:], verbosity=0)\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get(
            "DJANGO_SETTINGS_MODULE", settings.SETTINGS_MODULE
        ),
    }
    result = subprocess.run(
        [sys.executable, "-c", script, ":".join(locale_paths), *ignores],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"makemessages failed:\n{result.stdout}\n{result.stderr}"
    return copy


@pytest.mark.parametrize("po_path", CATALOGS, ids=catalog_id)
def test_catalog_is_up_to_date_with_the_source(po_path, regenerated_catalogs):
    fresh_path = regenerated_catalogs / po_path.relative_to(ROOT)
    committed = {key(entry): entry for entry in live_entries(polib.pofile(str(po_path)))}
    fresh = {key(entry): entry for entry in live_entries(polib.pofile(str(fresh_path)))}
    missing = [fresh[k] for k in sorted(fresh.keys() - committed.keys(), key=str)]
    stale = [committed[k] for k in sorted(committed.keys() - fresh.keys(), key=str)]
    message = [f"{po_path.relative_to(ROOT)} is out of date with the source: run `make messages`"]
    if missing:
        message.append(f"{len(missing)} in the source but not in the catalog:\n{describe(missing)}")
    if stale:
        message.append(f"{len(stale)} in the catalog but gone from the source:\n{describe(stale)}")
    assert not missing and not stale, "\n".join(message)


def test_one_english_string_has_one_dutch_translation_across_the_catalogs():
    """Django merges every catalog into one per language (site/locale, in LOCALE_PATHS,
    wins), so the same msgid with two Dutch texts shows the wrong one somewhere: such
    strings need a context (pgettext)."""
    translations: dict[tuple, set[tuple[str, str]]] = {}
    for path in CATALOGS:
        for entry in live_entries(polib.pofile(str(path))):
            if entry.msgid and not entry.msgid_plural:
                translations.setdefault(key(entry), set()).add((entry.msgstr, catalog_id(path)))
    clashes = {
        f"{msgid!r} [{context}]": sorted(found)
        for (context, msgid, _plural), found in translations.items()
        if len({msgstr for msgstr, _catalog in found}) > 1
    }
    assert not clashes, f"one English string, several Dutch translations: {clashes}"
