#!/usr/bin/env python3
"""Measures save-to-reload time of `guide serve`: edits one module, and times until the open
page's event stream says "reload" (what the browser acts on). Prints each run and the median.

Usage: benchmarks/serve-latency.py [CONTENT_DIR] [RUNS]   (run from the repository root)
"""
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

source = sys.argv[1] if len(sys.argv) > 1 else "guide-content"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
work = tempfile.mkdtemp()
content = os.path.join(work, "content")
shutil.copytree(source, content)
# GUIDE_TOOL: a folder benchmarks/publish-tool.sh already published into (site-benchmark.py passes its own).
tool = os.environ.get("GUIDE_TOOL") or os.path.join(work, "bin")
if not os.environ.get("GUIDE_TOOL"):
    subprocess.run(["benchmarks/publish-tool.sh", tool], check=True)
port = 18777
server = subprocess.Popen([os.path.join(tool, "guide"), "serve", "--content", content, "--port", str(port),
                           "--theme", "themes/default"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    for line in server.stdout:
        if line.startswith("Serving"):
            break
    target = sorted(f for f in os.listdir(os.path.join(content, "en")) if f.endswith(".md"))[-1]
    path = os.path.join(content, "en", target)
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/__guide/events")
    events = connection.getresponse()
    events.readline()
    events.readline()
    times = []
    for run in range(runs + 2):
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"\nEdit number {run}.\n")
        start = time.perf_counter()
        while True:
            line = events.readline().decode()
            if line.startswith("event: reload"):
                break
        elapsed = (time.perf_counter() - start) * 1000
        events.readline()
        events.readline()
        if run >= 2:  # the first saves warm the JIT
            times.append(elapsed)
            print(f"save {run - 1}: reload event after {elapsed:.0f} ms")
        time.sleep(0.4)
    print(f"median save-to-reload: {statistics.median(times):.0f} ms over {len(times)} saves ({target})")
finally:
    server.terminate()
    shutil.rmtree(work, ignore_errors=True)
