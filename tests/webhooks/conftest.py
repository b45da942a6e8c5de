"""A real HTTP receiver on 127.0.0.1 (ephemeral port) and helpers to publish pages."""

import importlib.util
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

EXAMPLE_PATH = Path(__file__).resolve().parents[2] / "docs" / "examples" / "webhook_receiver.py"


def load_example_receiver():
    """The receiver from docs/webhooks.md, imported from the file the docs show."""
    spec = importlib.util.spec_from_file_location("webhook_receiver_example", EXAMPLE_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Receiver:
    url: str
    events: list = field(default_factory=list)  # (payload, delivery_id) the example accepted
    requests: list = field(default_factory=list)  # (headers, body) for the scripted receiver


def _serve(handler_class):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_class)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture
def example_receiver():
    """Start the documented example receiver for a secret; returns a Receiver."""
    servers = []

    def start(secret):
        example = load_example_receiver()
        receiver = Receiver(url="")
        handler = example.make_handler(
            secret, lambda payload, delivery_id: receiver.events.append((payload, delivery_id))
        )
        server, thread = _serve(handler)
        servers.append((server, thread))
        receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/"
        return receiver

    yield start
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def scripted_receiver():
    """A receiver answering with the given status codes in turn (the last one repeats)."""
    servers = []

    def start(*statuses):
        receiver = Receiver(url="")
        answers = list(statuses)

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append((dict(self.headers), body))
                status = answers.pop(0) if len(answers) > 1 else answers[0]
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"receiver says no" if status >= 400 else b"")

            def log_message(self, format, *args):
                pass

        server, thread = _serve(Handler)
        servers.append((server, thread))
        receiver.url = f"http://127.0.0.1:{server.server_address[1]}/"
        return receiver

    yield start
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def closed_port_url():
    """An address where nothing listens: the receiver is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


@pytest.fixture
def allow_local_receiver(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    return settings


@pytest.fixture
def make_endpoint(db):
    from atelier.webhooks.models import WebhookEndpoint, event_choices

    def make(url, events=None, content_types=(), **fields):
        # Default: every event, the page events and those apps register (registration).
        every_event = [key for key, _label in event_choices()]
        endpoint = WebhookEndpoint.objects.create(
            url=url, event_types=list(events or every_event), **fields
        )
        endpoint.content_types.set(content_types)
        return endpoint

    return make


@pytest.fixture
def publish_child(home_page):
    """Publish a new page under ``parent`` (the Dutch home by default), return it."""
    from home.models import HomePage

    def publish(title="Buurtatelier", parent=None, live=True):
        page = (parent or home_page).add_child(instance=HomePage(title=title, live=False))
        if live:
            page.save_revision().publish()
            page.refresh_from_db()
        else:
            page.save_revision()
        return page

    return publish
