"""`make bench`: measure Atelier at several content sizes, on SQLite and PostgreSQL, and write
docs/performance.md.

    python -m tests.bench.run [--db sqlite,postgres] [--sizes 100,1000,10000]
                              [--duration 3] [--rounds 3] [--search-repeats 3]

For each database and size the content is generated once (tests/bench/generate.py on top of
the demo) and cached in .bench/ (SQLite: the database file; PostgreSQL: a `pg_dump`
restored into a throwaway cluster started as .ci/run does, on its own port, removed
afterwards), keyed by the generator and migrated forward on restore. Two gunicorns serve it with
production-like settings (tests/bench/settings.py), both pinned to CPU 0: "warm" with the
API response cache and the page cache on, "cold" with both off (API_RESPONSE_CACHE=0,
PAGE_CACHE_STORE=0), each with a database of its own in a throwaway Redis (the shared cache
production has with CACHE_URL: every worker reads the same content version, so the
version-derived ETags and stored answers behave as in production). wrk, pinned to CPU 1,
loads each target in short runs, interleaved over several rounds so that drift hits every
target alike. Search and suggest are timed one request at a time against the cold server;
then the workers' peak RSS is read, and publishing and a full reindex are timed in a
separate process.
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
PYTHON = sys.executable
SETTINGS = "tests.bench.settings"
DATABASES = ("sqlite", "postgres")
SEARCH_QUERIES = [
    "buurt",
    "wijk",
    "wijken",
    "bewoners",
    "participatie",
    "inclusie",
    "segregatie",
    "armoede",
    "jongeren",
    "zorg",
    "welzijn",
    "wonen",
    "leefbaarheid",
    "democratie",
    "stadsvernieuwing",
    "verduurzaming",
    "energie",
    "onderwijs",
    "werk",
    "samenleven",
    "diversiteit",
    "vertrouwen",
    "netwerk",
    "praktijk",
    "onderzoek",
    "kennis",
    "gemeente",
    "corporatie",
    "burgerinitiatief",
    "ontmoeting",
    "eenzaamheid",
    "veerkracht",
    "gezondheid",
    "schuldhulp",
    "integratie",
    "inclusieve wijken",
    "buurt bewoners",
    "wonen zorg",
    "jeugd armoede",
    "kennis praktijk",
    "onderzoeker",
    "lector",
    "Utrecht",
    "Antwerpen",
    "Rotterdam",
    "Gent",
    "workshop",
    "lerend netwerk",
    "kennisatelier",
    "Dag van de Buurt",
]
SUGGEST_QUERIES = sorted({query[:4] for query in SEARCH_QUERIES if len(query) >= 4})

# Targets (issue 21): ratios within one run; absolute times are context only.
API_LIST_VS_V2 = 3.0
API_LIST_VS_TRIVIAL = 0.33
NOT_MODIFIED_VS_TRIVIAL = 0.8
API_DETAIL_VS_TRIVIAL = 0.2
HTML_UNCACHED_VS_TRIVIAL = 0.1  # "renders in under 10x the trivial view's time"
SEARCH_P95_MS = 100
SUGGEST_P95_MS = 30
PUBLISH_MS = 300
WORKER_RSS_MB = 250


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def pinned(cpu: int, command: list[str]) -> list[str]:
    if shutil.which("taskset") and cpu_count() > 1:
        return ["taskset", "-c", str(cpu), *command]
    return command


def ensure_tool(command: str, package: str) -> str:
    found = shutil.which(command)
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", package], check=True)
        found = shutil.which(command)
        if found:
            return found
    sys.exit(f"{command} is needed for the bench: apt-get install {package}")


GENERATOR_FILES = ("tests/bench/content.py", "tests/bench/bulk_pages.py")


def cache_key() -> str:
    """The generator's code: another generator builds the content again."""
    digest = hashlib.sha256()
    for name in GENERATOR_FILES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def migration_names() -> set[str]:
    """Every migration in the tree, as app/migrations/name.py."""
    return {
        str(path.relative_to(ROOT))
        for path in ROOT.glob("**/migrations/0*.py")
        if ".venv" not in path.parts
    }


def git_state() -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{commit}{' (uncommitted changes)' if dirty else ''}" if commit else "unknown"


# --- databases -------------------------------------------------------------------------


class Postgres:
    """A throwaway cluster, as in .ci/run: initdb as the postgres user into a temporary
    folder, loopback only on a port of its own, fsync off; stopped and removed on exit.
    Generated databases are cached as `pg_dump` archives in .bench/postgres/."""

    def __init__(self):
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=_version)
        if not found:
            sys.exit("PostgreSQL is needed for DB=postgres: apt-get install postgresql")
        self.bin = found[-1].parent
        self.dir = Path(tempfile.mkdtemp(prefix="atelier-bench-pg."))
        self.dir.chmod(0o755)
        self.data = self.dir / "data"
        self.port = free_port()
        self.started = False

    def as_postgres(self, *command) -> list[str]:
        # initdb and postgres refuse to run as root
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *command]
        return list(command)

    def start(self) -> None:
        if os.geteuid() == 0:
            if subprocess.run(["id", "postgres"], capture_output=True).returncode != 0:
                subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
            shutil.chown(self.dir, "postgres")
        subprocess.run(
            self.as_postgres(
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ),
            check=True,
            capture_output=True,
        )
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off"
        log = self.dir / "postgres.log"
        started = subprocess.run(
            self.as_postgres(
                str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(log), "-w", "-o", options
            )
            + ["start"],
            capture_output=True,
        )
        if started.returncode != 0:
            print(log.read_text() if log.exists() else started.stderr, file=sys.stderr)
            sys.exit("PostgreSQL did not start")
        self.started = True
        print(f"[bench] PostgreSQL {self.bin.parent.name} on port {self.port}", flush=True)

    def stop(self) -> None:
        if self.started:
            subprocess.run(
                self.as_postgres(
                    str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"
                ),
                capture_output=True,
            )
            self.started = False
        shutil.rmtree(self.dir, ignore_errors=True)

    def client(self, name: str, *args) -> None:
        command = [str(self.bin / name), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
        subprocess.run([*command, *args], check=True, capture_output=True)

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


class Redis:
    """A throwaway redis-server on a port of its own, nothing saved to disk; pinned to CPU 1
    with wrk, so that the cache, like a cache server in production, takes no time from the
    gunicorns on CPU 0. Each bench server gets a database of its own (``url(n)``)."""

    def __init__(self):
        self.binary = ensure_tool("redis-server", "redis-server")
        self.port = free_port()
        self.process = None

    def start(self) -> None:
        command = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--loglevel", "warning"]
        self.process = subprocess.Popen(pinned(1, command), stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.2)
        sys.exit("redis-server did not start")

    def url(self, database: int) -> str:
        return f"redis://127.0.0.1:{self.port}/{database}"

    def flush(self) -> None:
        """Empty every database: each size starts without stored answers or versions."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            sock.sendall(b"*1\r\n$8\r\nFLUSHALL\r\n")
            if not sock.recv(64).startswith(b"+OK"):
                sys.exit("redis-server did not flush")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None


@contextmanager
def cache_server():
    redis = Redis()
    try:
        redis.start()
        yield redis
    finally:
        redis.stop()


def _version(path: Path):
    return [int(part) for part in re.findall(r"\d+", path.parent.parent.name)] or [0]


@contextmanager
def database_server(db: str):
    if db != "postgres":
        yield None
        return
    cluster = Postgres()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


def environment(db: str, size_dir: Path, cluster=None, name: str = "") -> dict:
    env = dict(os.environ)
    url = cluster.url(name) if cluster else f"sqlite:///{size_dir / 'db.sqlite3'}"
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        DATABASE_URL=url,
        MEDIA_ROOT=str(size_dir / "media"),
        STATIC_ROOT=str(BENCH_DIR / "static"),
        ATELIER_VAR_DIR=str(size_dir),
        PYTHONPATH=str(ROOT),
    )
    for name_ in ("CACHE_URL", "REDIS_URL", "ELASTICSEARCH_URL", "API_RESPONSE_CACHE"):
        env.pop(name_, None)
    return env


def run_python(env, *args, capture=False):
    return subprocess.run(
        [PYTHON, *args], cwd=ROOT, env=env, check=True, text=True, capture_output=capture
    )


def manage(env, *args, capture=False):
    return run_python(env, "manage.py", *args, capture=capture)


def prepare_database(db: str, size: int, cluster) -> tuple[dict, float]:
    """The environment for a generated database of ``size`` events; generated now or
    restored from .bench/ when the generator is the same (cache_key()). A cached database
    made before new migrations is migrated forward (and dumped again); one that has a
    migration the tree no longer has is built again. Returns the environment and how long
    generating took."""
    size_dir = BENCH_DIR / db / str(size)
    name = f"bench_{size}"
    env = environment(db, size_dir, cluster, name)
    key_file = size_dir / "key"
    migrations_file = size_dir / "migrations"
    dump = size_dir / "db.dump"
    current = migration_names()
    applied = set(migrations_file.read_text().split()) if migrations_file.exists() else None
    cached = (
        key_file.exists()
        and key_file.read_text() == cache_key()
        and applied is not None
        and applied <= current
        and (dump.exists() if cluster else (size_dir / "db.sqlite3").exists())
    )
    if cached:
        if cluster:
            cluster.client("createdb", name)
            cluster.client("pg_restore", "--no-owner", "-d", name, str(dump))
        if applied != current:
            print(f"[bench] {db}: migrating the cached {size}-event database", flush=True)
            manage(env, "migrate", "--noinput", "-v0")
            if cluster:
                cluster.client("pg_dump", "-Fc", "-f", str(dump), name)
            migrations_file.write_text("\n".join(sorted(current)) + "\n")
        return env, float((size_dir / "generate_seconds").read_text())
    shutil.rmtree(size_dir, ignore_errors=True)
    size_dir.mkdir(parents=True)
    if cluster:
        cluster.client("createdb", name)
    print(f"[bench] {db}: building the {size}-event database (cached in {size_dir})", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo", capture=True)
    started = time.perf_counter()
    run_python(env, "-m", "tests.bench.generate", "--events", str(size), "--no-progress")
    generated = time.perf_counter() - started
    if cluster:
        cluster.client("pg_dump", "-Fc", "-f", str(dump), name)
    (size_dir / "generate_seconds").write_text(f"{generated:.1f}")
    migrations_file.write_text("\n".join(sorted(current)) + "\n")
    key_file.write_text(cache_key())
    return env, generated


# --- serving and loading ---------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn on CPU 0. ``cached=False`` switches off the API response cache and the
    page cache: the "cold" figures."""

    def __init__(self, env, workers: int, *, cached: bool, cache_url: str):
        self.label = "warm" if cached else "cold"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**env, "CACHE_URL": cache_url, "API_RESPONSE_CACHE": "1" if cached else "0"}
        env["PAGE_CACHE_STORE"] = "1" if cached else "0"
        command = [
            PYTHON,
            "-m",
            "gunicorn",
            "atelier.wsgi:application",
            "--config",  # not the deployment's gunicorn.conf.py: workers and logs set here
            "/dev/null",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ]
        self.process = subprocess.Popen(pinned(0, command), cwd=ROOT, env=env)

    def wait(self) -> None:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=10)
                return
            except OSError:  # refused while booting, or slow on a busy machine
                if self.process.poll() is not None:
                    break
                time.sleep(0.5)
        self.stop()
        sys.exit(f"gunicorn ({self.label}) did not start")

    def worker_peak_rss_mb(self) -> list[float]:
        """VmHWM (peak resident set) of each worker, read from /proc before stopping."""
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children")
        if children.exists():
            pids = children.read_text().split()
        else:  # a kernel without CONFIG_PROC_CHILDREN: scan for the parent id
            pids = [
                p.name for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == pid
            ]
        peaks = []
        for worker in pids:
            try:
                status = Path(f"/proc/{worker}/status").read_text()
            except OSError:
                continue
            found = re.search(r"VmHWM:\s+(\d+) kB", status)
            if found:
                peaks.append(int(found.group(1)) / 1024)
        return sorted(peaks)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:  # a busy machine: do not leave it running
            self.process.kill()
            self.process.wait()


def _parent(proc: Path) -> int | None:
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def fetch(url: str, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def run_wrk(wrk: str, url: str, duration: float, connections: int, headers=None) -> dict:
    command = [
        wrk,
        "-t1",
        f"-c{connections}",
        f"-d{max(int(duration), 1)}s",
        "--timeout",
        "30s",
        "-s",
        str(Path(__file__).with_name("report.lua")),
        url,
    ]
    for name, value in (headers or {}).items():
        command[1:1] = ["-H", f"{name}: {value}"]
    output = subprocess.run(pinned(1, command), capture_output=True, text=True, check=True).stdout
    match = re.search(
        r"BENCH requests=(\d+) duration_us=(\d+) p50_us=(\d+) p95_us=(\d+) errors=(\d+)", output
    )
    requests, duration_us, p50, p95, errors = (int(v) for v in match.groups())
    return {
        "rps": requests / (duration_us / 1e6),
        "p50_ms": p50 / 1000,
        "p95_ms": p95 / 1000,
        "errors": errors,
    }


DISCOVER = """
import json
from django.apps import apps
from django.db.models import Count
from wagtail.models import Locale, Page
from programme.models import EventIndexPage, EventPage
locale = Locale.get_default()
events = EventPage.objects.live().public().filter(locale=locale)
event = events.annotate(n=Count("workshops")).filter(n=26).order_by("-start").first()
agenda = EventIndexPage.objects.live().public().filter(locale=locale).first()
indexes = {}
for model in apps.get_models():
    if (
        issubclass(model, Page)
        and model is not EventIndexPage
        and (model.__name__.endswith("IndexPage") or model.__name__ == "HomePage")
        and getattr(model, "http_cache_role", "detail") == "list"
    ):
        page = model.objects.live().public().filter(locale=locale).order_by("depth", "path").first()
        if page is not None:
            indexes[model.__name__] = page.url
print(json.dumps({"event": event.pk, "event_url": event.url, "agenda_url": agenda.url,
                  "indexes": dict(sorted(indexes.items()))}))
"""


def discover(env) -> dict:
    """The ids the targets need: an upcoming event with 26 workshops, the list pages."""
    output = manage(env, "shell", "-c", DISCOVER, capture=True).stdout
    return json.loads(output.strip().splitlines()[-1])


# Stock Wagtail API v2 with the same content as our list and detail; the child relations and
# their fields are declared for v2 by tests/bench/apps.py (people come as ids, not names).
V2_LIST_FIELDS = "fields=format,start,end,is_online,status,summary,venue,themes"
V2_DETAIL_FIELDS = (
    "fields=speakers,programme_items,workshop_rounds,workshops(title,description,capacity,"
    "facilitators)"
)


def targets(warm: Server, cold: Server, ids: dict) -> list[dict]:
    """What wrk loads: (server, name, path, kind); a 304 target follows each cacheable 200."""
    event, event_url, agenda = ids["event"], ids["event_url"], ids["agenda_url"]
    plan = []
    for server in (warm, cold):
        uncached = "" if server is warm else " (uncached)"
        plan += [
            (server, "trivial view", "/bench/trivial", "trivial"),
            (server, "/healthz", "/healthz", "healthz"),
            (server, "API events list", "/api/v1/events?limit=20", "api-list"),
            (server, "API event detail (26 workshops)", f"/api/v1/events/{event}", "api-detail"),
            (server, f"HTML event page{uncached}", event_url, "html"),
            (server, f"HTML agenda{uncached}", agenda, "html"),
            # v2 sits under /api/ too: on the warm server our response cache serves it as
            # it serves our API, on the cold server neither is stored.
            (
                server,
                "Wagtail API v2 events list",
                f"/api/wagtail/v2/pages/?type=programme.EventPage&limit=20&{V2_LIST_FIELDS}",
                "v2-list",
            ),
            (
                server,
                "Wagtail API v2 event detail (26 workshops)",
                f"/api/wagtail/v2/pages/{event}/?{V2_DETAIL_FIELDS}",
                "v2-detail",
            ),
        ]
    plan += [
        (warm, "minimal view, events list", "/bench/minimal/events", "minimal"),
        (warm, "minimal view, event detail", f"/bench/minimal/events/{event}", "minimal"),
    ]
    plan += [
        (cold, f"HTML {name} (uncached)", url, "html-index") for name, url in ids["indexes"].items()
    ]
    result = []
    for server, name, path, kind in plan:
        status, headers, _ = fetch(server.base + path)
        entry = {"server": server, "name": name, "path": path, "kind": kind, "headers": {}}
        result.append({**entry, "status": status})
        if kind in ("api-list", "api-detail") or name.startswith("HTML agenda"):
            etag = headers.get("ETag")
            result.append(
                {
                    **entry,
                    "name": f"304 {name}",
                    "kind": f"304-{kind}",
                    "headers": {"If-None-Match": etag} if etag else {},
                    "status": fetch(server.base + path, {"If-None-Match": etag})[0]
                    if etag
                    else "no ETag",
                }
            )
    return result


SEARCH_BUDGET_SECONDS = 60


def time_requests(server: Server, path: str, queries: list[str], repeats: int) -> dict:
    """Each query once per pass, one request at a time; up to ``repeats`` passes, but no
    new pass after SEARCH_BUDGET_SECONDS (a slow search at 10,000 events stays bounded)."""
    timings, errors, passes = [], 0, 0
    status, _, _ = fetch(server.base + f"{path}?q={urllib.parse.quote(queries[0])}")
    if status != 200:
        return {"available": False, "status": status}
    began = time.perf_counter()
    while passes < repeats and (not passes or time.perf_counter() - began < SEARCH_BUDGET_SECONDS):
        passes += 1
        for query in queries:
            started = time.perf_counter()
            status, _, _ = fetch(server.base + f"{path}?q={urllib.parse.quote(query)}")
            timings.append((time.perf_counter() - started) * 1000)
            errors += status != 200
    timings.sort()
    return {
        "available": errors == 0,
        "status": "errors" if errors else 200,
        "p50_ms": statistics.median(timings),
        "p95_ms": timings[max(int(len(timings) * 0.95) - 1, 0)],
        "queries": len(queries),
        "repeats": passes,
        "errors": errors,
    }


PUBLISH = """
import json, statistics, time
from django.core.management import call_command
from programme.models import EventPage
# Generated events are not always form-valid (external registration without a URL); the
# admin's form validates before this point, so model validation is left out of the timing.
EventPage.full_clean = lambda self, *args, **kwargs: None
event = EventPage.objects.get(pk={event})
timings = []
for i in range(5):
    event.title = event.title.rsplit(" #", 1)[0] + f" #{{i}}"
    started = time.perf_counter()
    event.save_revision().publish()
    timings.append(time.perf_counter() - started)
started = time.perf_counter()
call_command("reindex", no_progress=True, stdout=open("/dev/null", "w"))
print(json.dumps({{"publish_ms": statistics.median(timings) * 1000,
                  "reindex_s": time.perf_counter() - started}}))
"""


def measure_publishing(env, event: int) -> dict:
    """Publish the 26-workshop event five times (a revision, signals, cache purges, index
    update), then rebuild the whole search index."""
    output = manage(env, "shell", "-c", PUBLISH.format(event=event), capture=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def bench_size(db: str, size: int, wrk: str, args, cluster, redis) -> dict:
    env, generated = prepare_database(db, size, cluster)
    ids = discover(env)
    redis.flush()
    warm = Server(env, args.workers, cached=True, cache_url=redis.url(0))
    cold = Server(env, args.workers, cached=False, cache_url=redis.url(1))
    try:
        warm.wait()
        cold.wait()
        plan = targets(warm, cold, ids)
        for target in plan:  # warm-up: fills each warm worker's caches; once on the cold one
            for _ in range(args.workers * 2 if target["server"] is warm else 1):
                fetch(target["server"].base + target["path"], target["headers"])
        runs = {index: [] for index in range(len(plan))}
        for round_number in range(args.rounds):
            print(
                f"[bench] {db}, {size} events: round {round_number + 1}/{args.rounds}", flush=True
            )
            for index, target in enumerate(plan):
                url = target["server"].base + target["path"]
                runs[index].append(
                    run_wrk(wrk, url, args.duration, args.connections, target["headers"])
                )
        print(f"[bench] {db}, {size} events: search and suggest", flush=True)
        search = time_requests(cold, "/api/v1/search", SEARCH_QUERIES, args.search_repeats)
        suggest = time_requests(
            cold, "/api/v1/search/suggest", SUGGEST_QUERIES, args.search_repeats
        )
        rss = {"warm": warm.worker_peak_rss_mb(), "cold": cold.worker_peak_rss_mb()}
    finally:
        warm.stop()
        cold.stop()
    print(f"[bench] {db}, {size} events: publishing and reindexing", flush=True)
    publishing = measure_publishing({**env, "CACHE_URL": redis.url(2)}, ids["event"])
    if cluster:
        cluster.client("dropdb", f"bench_{size}")
    results = []
    for index, target in enumerate(plan):
        samples = runs[index]
        results.append(
            {
                "server": target["server"].label,
                **{k: target[k] for k in ("name", "path", "kind", "status")},
                "rps": statistics.median(s["rps"] for s in samples),
                "p50_ms": statistics.median(s["p50_ms"] for s in samples),
                "p95_ms": statistics.median(s["p95_ms"] for s in samples),
                "errors": sum(s["errors"] for s in samples),
            }
        )
    return {
        "db": db,
        "size": size,
        "results": results,
        "search": search,
        "suggest": suggest,
        "publishing": publishing,
        "rss_mb": rss,
        "generate_seconds": generated,
    }


# --- the report ------------------------------------------------------------------------


def _find(results, server, kind):
    return next((r for r in results if r["server"] == server and r["kind"] == kind), None)


def _ok(result) -> bool:
    """Answered as expected, without errors, and at least one request completed."""
    return (
        bool(result)
        and result["errors"] == 0
        and result["status"] in (200, 304)
        and result["rps"] > 0
    )


def _verdict(met: bool) -> str:
    return "**met**" if met else "**not met**"


def target_rows(block: dict) -> list[tuple[str, str, str, bool | None]]:
    """One row per target of issue 21: (what, target, figure, met); met is None for a
    figure without a target."""
    results = block["results"]
    rows = []

    def ratio(label, ours, base, base_label, target):
        if not (_ok(ours) and _ok(base)):
            figure = "no figure (an error, or no request completed in the run: see the table)"
            rows.append((label, f"≥ {target}× {base_label}", figure, False))
            return
        value = ours["rps"] / base["rps"]
        figure = f"{value:.2f}× ({ours['rps']:.1f} vs {base['rps']:.1f} requests/s)"
        rows.append((label, f"≥ {target}× {base_label}", figure, value >= target))

    for server in ("warm", "cold"):
        trivial = _find(results, server, "trivial")
        api_list = _find(results, server, "api-list")
        v2_list = _find(results, server, "v2-list")  # the same server: both cached, or neither
        label = f"API events list, {server}"
        ratio(label, api_list, v2_list, "stock Wagtail API v2", API_LIST_VS_V2)
        ratio(label, api_list, trivial, "the trivial view", API_LIST_VS_TRIVIAL)
        for kind, label in (
            ("304-api-list", "304 API events list"),
            ("304-api-detail", "304 API event detail"),
        ):
            ours = _find(results, server, kind)
            ratio(f"{label}, {server}", ours, trivial, "the trivial view", NOT_MODIFIED_VS_TRIVIAL)
        ours = _find(results, server, "api-detail")
        label = f"API event detail (26 workshops), {server}"
        ratio(label, ours, trivial, "the trivial view", API_DETAIL_VS_TRIVIAL)
    trivial = _find(results, "cold", "trivial")
    for result in results:
        if result["server"] == "cold" and result["kind"] in ("html", "html-index"):
            base_label = "the trivial view, i.e. under 10× its time"
            ratio(result["name"], result, trivial, base_label, HTML_UNCACHED_VS_TRIVIAL)
    for key, label, limit in (
        ("search", "Search p95", SEARCH_P95_MS),
        ("suggest", "Suggest p95", SUGGEST_P95_MS),
    ):
        figure = block[key]
        if figure.get("available"):
            text = (
                f"{figure['p95_ms']:.1f} ms (p50 {figure['p50_ms']:.1f} ms; "
                f"{figure['queries']} queries × {figure['repeats']}, one at a time, cold server)"
            )
            rows.append((label, f"< {limit} ms", text, figure["p95_ms"] < limit))
        else:
            text = (
                f"not available (status {figure.get('status')}, errors {figure.get('errors', 0)})"
            )
            rows.append((label, f"< {limit} ms", text, False))
    publish = block["publishing"]["publish_ms"]
    rows.append(
        (
            "Publishing one event (26 workshops, median of 5)",
            f"< {PUBLISH_MS} ms",
            f"{publish:.0f} ms",
            publish < PUBLISH_MS,
        )
    )
    peaks = [mb for server in ("warm", "cold") for mb in block["rss_mb"][server]]
    if peaks:
        warm = ", ".join(f"{mb:.0f}" for mb in block["rss_mb"]["warm"])
        cold = ", ".join(f"{mb:.0f}" for mb in block["rss_mb"]["cold"])
        rows.append(
            (
                "Worker peak RSS after the bench",
                f"< {WORKER_RSS_MB} MB",
                f"warm {warm} MB, cold {cold} MB",
                max(peaks) < WORKER_RSS_MB,
            )
        )
    reindex = block["publishing"]["reindex_s"]
    rows.append(("Full reindex (`manage.py reindex`)", "none", f"{reindex:.1f} s", None))
    return rows


def target_lines(block: dict) -> list[str]:
    """Each target: the target, the figure, met or not met."""
    lines = []
    for what, target, figure, met in target_rows(block):
        if met is None:
            lines.append(f"- {what}: {figure}.")
        else:
            lines.append(f"- {what}: target {target}; {figure}: {_verdict(met)}")
    return lines


def closing_note(blocks: list[dict]) -> list[str]:
    """The largest size per database side by side: each target met or not."""
    columns = [(f"{DB_LABELS[b['db']]}, {b['size']:,} events", target_rows(b)) for b in blocks]
    lines = []
    for title, rows in columns:
        met = [what for what, _, _, ok in rows if ok]
        missed = [what for what, _, _, ok in rows if ok is False]
        lines.append(f"- {title}: {len(met)} targets met, {len(missed)} not met.")
    lines += [
        "",
        "| target | " + " | ".join(title for title, _ in columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    order = []  # every target once, in the order the sections list them
    for _, rows in columns:
        order += [(what, target) for what, target, _, _ in rows if (what, target) not in order]
    for what, target in order:
        cells = []
        for _, rows in columns:
            found = [(figure, ok) for w, t, figure, ok in rows if (w, t) == (what, target)]
            if found:
                figure, ok = found[0]
                verdict = "" if ok is None else f" {_verdict(ok)}"
                cells.append(f"{figure.split(' (')[0]}{verdict}")
            else:
                cells.append("–")
        lines.append(f"| {what} ({target}) | " + " | ".join(cells) + " |")
    return lines


def context_lines(block: dict) -> list[str]:
    """Ratios without a target: our API against stock v2 and the minimal views."""
    results = block["results"]
    lines = []
    minimal = [r for r in results if r["kind"] == "minimal"]
    pairs = (
        ("api-list", "v2-list", "stock Wagtail API v2 (list)"),
        ("api-detail", "v2-detail", "stock Wagtail API v2 (detail with the workshops)"),
    )
    for server in ("warm", "cold"):
        for ours_kind, base_kind, base_label in pairs:
            ours, base = _find(results, server, ours_kind), _find(results, server, base_kind)
            if _ok(ours) and _ok(base):
                lines.append(
                    f"- {ours['name']}, {server}: {ours['rps'] / base['rps']:.2f}× {base_label}."
                )
        for ours_kind, base in zip(("api-list", "api-detail"), minimal, strict=False):
            ours = _find(results, server, ours_kind)
            if _ok(ours) and _ok(base):
                value = ours["rps"] / base["rps"]
                lines.append(f"- {ours['name']}, {server}: {value:.2f}× the {base['name']}.")
    return lines


def table(block: dict) -> list[str]:
    results = block["results"]
    lines = [
        "| server | target | status | requests/s | p50 ms | p95 ms | × trivial | × /healthz "
        "| errors |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        trivial, healthz = (
            _find(results, r["server"], "trivial"),
            _find(results, r["server"], "healthz"),
        )
        ratios = [
            f"{r['rps'] / base['rps']:.2f}" if base and base["rps"] and r["rps"] else "–"
            for base in (trivial, healthz)
        ]
        if r["rps"]:
            figures = f"{r['rps']:.1f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f}"
        else:
            figures = "none completed in the run | – | –"
        lines.append(
            f"| {r['server']} | {r['name']} | {r['status']} | {figures} | {ratios[0]} "
            f"| {ratios[1]} | {r['errors']} |"
        )
    return lines


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        model = found.group(1).strip() if found else model
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(re.search(r"MemTotal:\s+(\d+)", meminfo.read_text()).group(1))
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    system = f"{platform.system()} {platform.release()}"
    return f"{model}, {cpu_count()} cores{memory}, {system}, Python {platform.python_version()}"


DB_LABELS = {"sqlite": "SQLite", "postgres": "PostgreSQL"}


def write_report(runs: list[dict], path: Path) -> None:
    """``runs``: one entry per database (this run's, or an earlier one of the same commit)."""
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (tests/bench/run.py, described in its docstring and in",
        "docs/testing.md); do not edit by hand. `make bench DB=sqlite,postgres` measures both",
        "databases in one run; a run for one database keeps the other's section only when it was",
        "measured on the same commit.",
        "",
        "How: for each size the demo plus generated events (tests/bench/generate.py) is served by",
        "two gunicorns with production settings (tests/bench/settings.py: DEBUG off, persistent",
        "connections, a Redis cache shared by the workers as `CACHE_URL` gives in production),",
        "both on CPU 0: **warm** with the API response cache and the page cache on, **cold**",
        "with both off (`API_RESPONSE_CACHE=0`, `PAGE_CACHE_STORE=0`, so API answers and HTML",
        "pages are built on every request; a 304 is still answered from the content version).",
        "Redis runs on CPU 1 with wrk, which loads each",
        "target in short runs, interleaved over several rounds; figures are medians over the",
        "rounds, latency as seen by wrk. Ratios compare throughput with the trivial view (and",
        "`/healthz`) of the same server in the same run. Stock Wagtail API v2, on both servers",
        "(under /api/, so the warm server stores its answers as it stores ours), asks for the same",
        f"content: the list `{V2_LIST_FIELDS}`, the detail `{V2_DETAIL_FIELDS}`",
        "(tests/bench/apps.py declares those relations for v2, as a site would; v2 gives people",
        "and venues as ids with a link, not names). The minimal views are one hand-written",
        "ORM query and orjson (tests/bench/baselines.py). Query counts are not measured here:",
        "tests/perf/ asserts they stay constant as content grows.",
        "",
    ]
    for run in runs:
        settings = run["settings"]
        lines += [
            f"- {DB_LABELS[run['db']]}: measured {run['date']} on commit {run['commit']}; sizes "
            f"{', '.join(str(s) for s in settings['sizes'])}; {settings['rounds']} rounds of "
            f"{settings['duration']} s per target, wrk with {settings['connections']} "
            f"connections, gunicorn with {settings['workers']} workers per server; "
            f"command `{run['command']}`",
        ]
    lines += [f"- Machine: {machine()}", ""]
    closing = []
    for run in runs:
        for block in run["blocks"]:
            title = f"{DB_LABELS[block['db']]}, {block['size']:,} events"
            lines += [
                f"## {title}",
                "",
                f"Generating the content took {block['generate_seconds']:.0f} s (cached "
                "afterwards).",
                "",
                *table(block),
                "",
                "Targets (issue 21):",
                "",
                *target_lines(block),
                "",
                "Context (no target):",
                "",
                *context_lines(block),
                "",
            ]
        largest = max(run["blocks"], key=lambda block: block["size"])
        closing.append((f"{DB_LABELS[largest['db']]} at {largest['size']:,} events", largest))
    lines += [
        "## Closing note",
        "",
        "The largest size measured per database (issue 21 sets its targets at 10,000 events);",
        "ratios are throughput in the same run, figures as in the sections above.",
        "",
        *closing_note([block for _, block in closing]),
        "",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines).rstrip() + "\n")


def earlier_runs(databases: list[str], commit: str) -> list[dict]:
    """Saved runs for the other databases, when measured on this commit."""
    kept = []
    for db in DATABASES:
        saved = BENCH_DIR / f"results-{db}.json"
        if db in databases or not saved.exists():
            continue
        run = json.loads(saved.read_text())
        if run.get("commit") == commit and "uncommitted" not in commit:
            kept.append(run)
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db",
        default=os.environ.get("DB") or "sqlite",
        type=lambda v: [x.strip() for x in v.split(",") if x.strip()],
        help="sqlite, postgres or both (sqlite,postgres)",
    )
    parser.add_argument(
        "--sizes",
        default=os.environ.get("BENCH_SIZES", "100,1000,10000"),
        type=lambda v: [int(x) for x in v.split(",")],
    )
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", 3)))
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 3)))
    parser.add_argument("--search-repeats", type=int, default=3)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args()
    unknown = set(args.db) - set(DATABASES)
    if unknown or not args.db:
        parser.error(f"--db: choose from {', '.join(DATABASES)}")
    # Turn a SIGTERM into an exception so that `finally` stops gunicorn and PostgreSQL.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("bench stopped"))
    wrk = ensure_tool("wrk", "wrk")
    BENCH_DIR.mkdir(exist_ok=True)
    collect_env = environment("sqlite", BENCH_DIR / "static-db")
    manage(collect_env, "collectstatic", "--noinput", "-v0")
    commit = git_state()
    runs = []
    for db in args.db:
        with database_server(db) as cluster, cache_server() as redis:
            blocks = [bench_size(db, size, wrk, args, cluster, redis) for size in args.sizes]
        run = {
            "db": db,
            "commit": commit,
            "date": f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
            "command": "python -m tests.bench.run " + " ".join(sys.argv[1:]),
            "settings": {
                k: getattr(args, k)
                for k in ("sizes", "rounds", "duration", "connections", "workers")
            },
            "blocks": blocks,
        }
        (BENCH_DIR / f"results-{db}.json").write_text(json.dumps(run, indent=1))
        runs.append(run)
    runs = sorted(runs + earlier_runs(args.db, commit), key=lambda run: DATABASES.index(run["db"]))
    write_report(runs, args.output)
    print(args.output.read_text())


if __name__ == "__main__":
    main()
