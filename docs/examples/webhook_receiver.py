"""A minimal Atelier webhook receiver (standard library only).

Run it with ``ATELIER_WEBHOOK_SECRET=... python webhook_receiver.py`` and point an Atelier
webhook at http://<this machine>:8080/.
"""

import hashlib
import hmac
import json
import os
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

TOLERANCE_SECONDS = 300  # refuse messages signed longer ago than this (replays)


def verify_signature(secret, timestamp, body, signature, now=None):
    """True when ``signature`` ("sha256=<hex>") matches ``<timestamp>.<raw body>``."""
    if not timestamp or not signature or not signature.startswith("sha256="):
        return False
    try:
        age = abs((now or time.time()) - int(timestamp))
    except ValueError:
        return False
    if age > TOLERANCE_SECONDS:
        return False
    message = timestamp.encode() + b"." + body
    expected = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return hmac.compare_digest("sha256=" + expected, signature)


def make_handler(secret, on_event):
    """A request handler that calls ``on_event(payload, delivery_id)`` for verified messages."""

    class WebhookHandler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if not verify_signature(
                secret,
                self.headers.get("X-Atelier-Timestamp"),
                body,
                self.headers.get("X-Atelier-Signature"),
            ):
                self.send_response(401)
                self.end_headers()
                return
            # Deliveries can arrive twice (a retry after a lost answer): X-Atelier-Delivery
            # is the same for both, so remember it if doing the work twice would hurt.
            on_event(json.loads(body), self.headers.get("X-Atelier-Delivery"))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format, *args):  # keep the console quiet
            pass

    return WebhookHandler


if __name__ == "__main__":
    handler = make_handler(
        os.environ["ATELIER_WEBHOOK_SECRET"],
        lambda payload, delivery_id: print(delivery_id, payload["event"], payload["url"]),  # noqa: T201
    )
    HTTPServer(("", 8080), handler).serve_forever()  # noqa: S104
