#!/usr/bin/env python3
"""GuideBuilder against Hugo on the same Markdown, measured in one run (issue 12).

Generates the synthetic guide (MODULES modules x 3 languages, SECTIONS sections of text, lists, tables
and a box each) and the same Markdown as a Hugo site, then builds both RUNS times, interleaved, so
that both see the same load on a shared machine. Prints the median wall time, CPU time (user + system,
children included) and peak resident memory of each, and the GuideBuilder/Hugo ratios; then a warm
build (the build cache of the previous run), optionally the sample guide's full build, and the
save-to-reload latency of `guide serve` on the same guide (benchmarks/serve-latency.py).

Usage (from the repository root):
  benchmarks/site-benchmark.py [--modules 99] [--sections 12] [--runs 5] [--serve-runs 10] [--sample] [--no-serve] [--no-book]
Hugo comes from the distribution (/usr/bin/hugo); it is used by this benchmark only.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

parser = argparse.ArgumentParser()
parser.add_argument("--modules", type=int, default=99)
parser.add_argument("--sections", type=int, default=12)
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--serve-runs", type=int, default=10)
parser.add_argument("--sample", action="store_true", help="also time the sample guide's full build (site, E-box, PDF, EPUB)")
parser.add_argument("--no-serve", action="store_true")
parser.add_argument("--no-book", action="store_true", help="skip the 20-module book's PDF (about 250 pages, one language)")
parser.add_argument("--tool", help="a folder benchmarks/publish-tool.sh already published into (saves the few minutes publishing takes)")
parser.add_argument("--hugo", default=shutil.which("hugo") or "/usr/bin/hugo")
args = parser.parse_args()

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = tempfile.mkdtemp(prefix="guide-site-bench-")
bin_dir = os.path.join(work, "bin")
guide_dir = os.path.join(work, "guide")
hugo_dir = os.path.join(work, "hugo")


def run(command, cwd=None):
    """Runs a command; returns (wall seconds, CPU seconds, peak RSS in MB) of it and its children."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}\n{error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def median(values):
    return statistics.median(values)


def describe(name, samples):
    walls, cpus, rss = zip(*samples)
    print(f"  {name:<28} wall {median(walls):6.2f} s ({min(walls):.2f}-{max(walls):.2f})   "
          f"CPU {median(cpus):6.2f} s   peak RSS {max(rss):5.0f} MB")
    return median(walls), median(cpus), max(rss)


if args.tool:
    bin_dir = os.path.abspath(args.tool)
else:
    subprocess.run([os.path.join(root, "benchmarks/publish-tool.sh"), bin_dir], check=True)
guide = [os.path.join(bin_dir, "guide")]
subprocess.run([sys.executable, os.path.join(root, "benchmarks/make-synthetic-guide.py"), guide_dir, str(args.modules), str(args.sections),
                "--languages", "en,fr,es", "--lists", "--hugo", hugo_dir], check=True)
for language in ("fr", "es"):
    subprocess.run(guide + ["translations", "stamp", "--all", language, "--content", guide_dir], check=True, stdout=subprocess.DEVNULL)
help_text = subprocess.run(guide + ["build", "--help"], capture_output=True, text=True).stdout
cold_flag = ["--no-cache"] if "--no-cache" in help_text else []
theme = ["--theme", os.path.join(root, "themes/default")]

guide_out = os.path.join(work, "out")
hugo_out = os.path.join(work, "hugo-out")
cold, hugo, warm = [], [], []
print(f"{args.runs} interleaved runs on {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
for _ in range(args.runs):
    cold.append(run(guide + ["build", "--content", guide_dir, "--out", guide_out, "--formats", "site", "-q"] + theme + cold_flag))
    hugo.append(run([args.hugo, "--quiet", "-d", hugo_out], cwd=hugo_dir))
    if cold_flag:
        warm.append(run(guide + ["build", "--content", guide_dir, "--out", guide_out, "--formats", "site", "-q"] + theme))

print(f"`guide build --formats site` on {args.modules} modules x 3 languages ({sum(1 for _ in os.scandir(os.path.join(guide_dir, 'en')))} files each)")
g_wall, g_cpu, g_rss = describe("GuideBuilder, cold" + (" (--no-cache)" if cold_flag else ""), cold)
h_wall, h_cpu, h_rss = describe("Hugo", hugo)
if warm:
    describe("GuideBuilder, warm cache", warm)
print(f"  ratio GuideBuilder/Hugo: wall {g_wall / h_wall:.2f}, CPU {g_cpu / h_cpu:.2f}, peak RSS {g_rss / h_rss:.2f}")
print("  goals: wall ratio <= 1 (aim 0.5), peak RSS < 200 MB")

if args.sample:
    sample_out = os.path.join(work, "sample-out")
    samples = [run(guide + ["build", "--content", os.path.join(root, "guide-content"), "--out", sample_out, "-q"] + theme + cold_flag)
               for _ in range(args.runs)]
    describe("sample guide, full build", samples)

if not args.no_book:
    book_dir = os.path.join(work, "book250")
    book_out = os.path.join(work, "book-out")
    subprocess.run([sys.executable, os.path.join(root, "benchmarks/make-synthetic-guide.py"), book_dir, "20", "11"], check=True, stdout=subprocess.DEVNULL)
    book = guide + ["build", "--content", book_dir, "--out", book_out, "--formats", "pdf", "--lang", "en", "-q"] + theme + cold_flag
    run(book)  # the first start of the browser reads it from disk; the runs below measure the build
    describe("book PDF (20 modules, en)", [run(book) for _ in range(args.runs)])
    print("  goal: under 10 s wall")
    warm_book = [b for b in book if b not in cold_flag]
    run(warm_book)  # keeps the book's layout in the build cache
    describe("book PDF, the last build's layout", [run(warm_book) for _ in range(args.runs)])

if not args.no_serve:
    subprocess.run([sys.executable, os.path.join(root, "benchmarks/serve-latency.py"), guide_dir, str(args.serve_runs)], check=True, cwd=root,
                   env={**os.environ, "GUIDE_TOOL": bin_dir})
shutil.rmtree(work, ignore_errors=True)
