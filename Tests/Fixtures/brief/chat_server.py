#!/usr/bin/env python3
"""A tiny OpenAI-compatible chat endpoint for the model writer's tests. It listens on
127.0.0.1 (free port, printed on the first line of stdout) and answers POST
.../chat/completions with canned rewrites of the numbered sentences it is sent:
- a sentence holding "12,000" gets an invented, unsupported rewrite;
- a sentence holding a quotation gets the quotation altered;
- any other sentence comes back as "In short, <sentence>".
Requests must name a model and carry a system and a user message, or get HTTP 400."""
import json
import os
import re
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

# A test runner may start us with signals blocked: take SIGTERM back, and also leave when
# the parent closes our standard input or after two minutes, so no server outlives its test.
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
signal.signal(signal.SIGTERM, signal.SIG_DFL)


def watch_parent():
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=watch_parent, daemon=True).start()
threading.Timer(120, lambda: os._exit(0)).start()


def rewrite(text):
    if "12,000" in text:
        return "Officials confirmed 50,000 paratroopers landed secretly near the capital overnight."
    if '"' in text:
        return re.sub(r'"([^"]*)"', lambda m: '"truly ' + m.group(1) + '"', text, count=1)
    return "In short, " + text


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        try:
            body = json.loads(self.rfile.read(length))
            roles = [m["role"] for m in body["messages"]]
            assert body["model"] and roles == ["system", "user"]
        except Exception:
            self.send_response(400)
            self.end_headers()
            self.wfile.write(b'{"error": "bad request"}')
            return
        user = body["messages"][1]["content"]
        lines = []
        for m in re.finditer(r"^(\d+)\. (.*)$", user, re.M):
            lines.append(f"{m.group(1)}. {rewrite(m.group(2))}")
        answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "\n".join(lines)}}]}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
