"""RESULTS.md and ratios.svg from the results bench/run collects.

  python3 bench/report.py results.json [OUT_DIR]   (re-renders a saved run)

Every program appears in every table: a program a compiler cannot build yet,
or whose binary fails, gets a cell saying so, and its first error line is in
the last table.
"""
import html
import json
import math
import os
import statistics
import sys

OTHERS = ["gc", "gccgo"]
STATUS_CELL = {"nobuild": "does not build yet", "failed": "fails", "missing": "not installed"}


def stats(r, P):
    """(median wall, min wall, median cpu, median peak RSS KiB) or None."""
    runs = r.get("runs", {}).get(str(P)) if r.get("status") == "ok" else None
    if not runs:
        return None
    return (statistics.median(x[0] for x in runs), min(x[0] for x in runs),
            statistics.median(x[1] for x in runs), statistics.median(x[2] for x in runs))


def cell(r, P, fmt):
    s = stats(r, P) if r else None
    if s is None:
        return STATUS_CELL.get(r.get("status"), "no runs") if r else "—"
    return fmt(s)


def ratio(res, P, a, b, field=0):
    sa, sb = stats(res.get(a, {}), P), stats(res.get(b, {}), P)
    if not sa or not sb or sb[field] <= 0:
        return None
    return sa[field] / sb[field]


def fmt_ratio(x):
    return "—" if x is None else "%.2f" % x


def output_cell(res, compilers):
    ran = [c for c in compilers if "same" in res.get(c, {})]
    if len(ran) < 2:
        return "—"
    bad = [c for c in ran if not res[c]["same"]]
    return "same" if not bad else "**DIFFERS: %s**" % ", ".join(bad)


def md_escape(s):
    return s.replace("|", "\\|").replace("\n", " ")


def write(info, out_dir):
    m, res, compilers, procs = info["machine"], info["results"], info["compilers"], info["procs"]
    progs = info["programs"]
    others = [c for c in OTHERS if c in compilers and "goc" in compilers]
    L = []
    L.append("# goc benchmarks%s\n" % (" (--quick: sizes too small to mean anything)" if info["quick"] else ""))
    L.append("Written by `bench/run` on %s. Machine: %s CPUs (`nproc`), %s, Linux %s." %
             (m["date"], m["nproc"], m["cpu"], m["kernel"]))
    if "load_before" in m:
        L.append("Load average (1, 5, 15 min) before the run: %s; after: %s." %
                 tuple(", ".join("%.2f" % x for x in m[k]) for k in ("load_before", "load_after")))
    if "elapsed_min" in m:
        L.append("The whole run (builds, output checks, timed runs) took %.1f minutes." % m["elapsed_min"])
    L.append("")
    L.append("| compiler | version |")
    L.append("|---|---|")
    for c in compilers:
        v = info["versions"].get(c, "?")
        if c == "goc":
            v += " (git %s)" % info.get("goc_rev", "?")
        L.append("| %s | %s |" % (c, md_escape(v)))
    L.append("")
    L.append("goc builds with `-O2`, gc with `go build`, gccgo with `-O2` (libgo linked dynamically, "
             "so its binary size leaves libgo out). %d timed run(s) per program, compiler and GOMAXPROCS, "
             "interleaved. Times are wall-clock seconds, median (min); a ratio is goc's median over the "
             "other's: **below 1, goc is faster**. Each program's output (stdout, stderr, exit status) "
             "is compared with gc's.\n" % info["runs"])
    L.append("![goc/gc and goc/gccgo time ratios](ratios.svg)\n")

    def table(title, header, rows):
        L.append("## %s\n" % title)
        L.append("| " + " | ".join(header) + " |")
        L.append("|" + "---|" * len(header))
        L.extend("| " + " | ".join(r) + " |" for r in rows)
        L.append("")

    ratio_cols = ["goc/%s" % o for o in others]
    rows = []
    for p in progs:
        r = res[p["name"]]
        for P in procs:
            rows.append([p["name"], str(P)] + [cell(r.get(c), P, lambda s: "%.3f (%.3f)" % (s[0], s[1])) for c in compilers]
                        + [fmt_ratio(ratio(r, P, "goc", o)) for o in others] + [output_cell(r, compilers)])
    table("Wall time, seconds: median (min)", ["program", "GOMAXPROCS"] + compilers + ratio_cols + ["output"], rows)

    rows = []
    for p in progs:
        r = res[p["name"]]
        for P in procs:
            rows.append([p["name"], str(P)] + [cell(r.get(c), P, lambda s: "%.3f" % s[2]) for c in compilers]
                        + [cell(r.get(c), P, lambda s: "%.1f" % (s[3] / 1024)) for c in compilers])
    table("CPU time (user+sys, s) and peak RSS (MiB), medians", ["program", "GOMAXPROCS"] +
          ["%s cpu" % c for c in compilers] + ["%s RSS" % c for c in compilers], rows)

    rows = []
    for p in progs:
        if not p.get("ops"):
            continue
        r = res[p["name"]]
        for P in procs:
            rows.append([p["name"], str(P), str(p["ops"])] +
                        [cell(r.get(c), P, lambda s: "%.1f" % (s[0] / p["ops"] * 1e9)) for c in compilers]
                        + [fmt_ratio(ratio(r, P, "goc", o)) for o in others])
    if rows:
        table("Per operation, ns (median wall time / operations, start-up included)",
              ["program", "GOMAXPROCS", "operations"] + compilers + ratio_cols, rows)

    names = {p["name"]: p for p in progs}
    rows = []
    for p in progs:
        base = names.get(p["name"] + "-base")
        if not base or not p.get("ops"):
            continue
        for P in procs:
            cells = []
            for c in compilers:
                s, b = stats(res[p["name"]].get(c, {}), P), stats(res[base["name"]].get(c, {}), P)
                if s and b:
                    cells.append("%.0f" % ((s[3] - b[3]) * 1024 / p["ops"]))
                else:
                    cells.append(cell(res[p["name"]].get(c) if not s else res[base["name"]].get(c), P, str))
            rows.append([p["name"], str(P), str(p["ops"])] + cells)
    if rows:
        table("Resident memory per parked goroutine, bytes ((peak RSS − peak RSS of NAME-base) / goroutines)",
              ["program", "GOMAXPROCS", "goroutines"] + compilers, rows)

    rows = []
    for p in progs:
        r = res[p["name"]]

        def b(c, key, fmt):
            x = r.get(c, {})
            return fmt(x[key]) if key in x else STATUS_CELL.get(x.get("status"), "—")
        rows.append([p["name"]] + [b(c, "size", lambda v: "%.0f KiB" % (v / 1024)) for c in compilers]
                    + [b(c, "compile", lambda v: "%.2f" % v) for c in compilers])
    table("Build: binary size and compile time (wall, s)", ["program"] + ["%s size" % c for c in compilers] +
          ["%s compile" % c for c in compilers], rows)

    rows = []
    for p in progs:
        for c in compilers:
            x = res[p["name"]].get(c, {})
            if x.get("status") != "ok":
                rows.append([p["name"], c, STATUS_CELL.get(x.get("status"), "?"), "`%s`" % md_escape(x.get("note", ""))])
            elif x.get("same") is False:
                rows.append([p["name"], c, "output differs from gc", ""])
    table("Does not build yet, fails, or differs", ["program", "compiler", "status", "first error line"],
          rows or [["(none)", "", "", ""]])

    # Hand-written analysis (profiles of the slowest programs) kept beside the
    # results, so that re-rendering does not lose it.
    notes = os.path.join(out_dir, "behind.md")
    if not info["quick"] and os.path.exists(notes):
        with open(notes) as f:
            L.append(f.read().rstrip("\n") + "\n")
    with open(os.path.join(out_dir, "RESULTS.md"), "w") as f:
        f.write("\n".join(L))
    with open(os.path.join(out_dir, "ratios.svg"), "w") as f:
        f.write(svg(info))


COLORS = {("gc", 1): "#1f5fa8", ("gc", 2): "#8db8e8", ("gccgo", 1): "#b8322a", ("gccgo", 2): "#f0a39d"}


def svg(info):
    """A horizontal bar chart of goc's time ratios, log scale, one row per program."""
    res, procs = info["results"], info["procs"][:2]
    others = [c for c in OTHERS if c in info["compilers"] and "goc" in info["compilers"]]
    series = [(o, P) for o in others for P in procs]
    rows = []
    for p in info["programs"]:
        vals = [ratio(res[p["name"]], P, "goc", o) for o, P in series]
        rows.append((p["name"], vals))
    label_w, plot_w, bar_h, gap, top = 190, 520, 6, 8, 70
    row_h = max(1, len(series)) * bar_h + gap
    height = top + len(rows) * row_h + 40
    width = label_w + plot_w + 130
    lo, hi = -4.0, 4.0  # log2 range: 1/16 .. 16

    def x(v):
        e = min(hi, max(lo, math.log2(v)))
        return label_w + (e - lo) / (hi - lo) * plot_w

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="11">'
           % (width, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="%d" y="18" font-size="14" font-weight="bold">goc run time relative to gc 1.19 and gccgo-12 '
           '(median wall time; log scale)</text>' % 10,
           '<text x="%d" y="34" fill="#444">left of 1: goc faster · right of 1: goc slower · '
           'no bar: not built yet, failed, or not run · %s, %s CPUs, %s</text>'
           % (10, html.escape(info["machine"]["cpu"]), info["machine"]["nproc"], info["machine"]["date"])]
    lx = 10
    for o, P in series:
        out.append('<rect x="%d" y="44" width="10" height="10" fill="%s"/><text x="%d" y="53">goc/%s, GOMAXPROCS=%d</text>'
                   % (lx, COLORS[(o, P)], lx + 14, o, P))
        lx += 170
    for e in range(int(lo), int(hi) + 1):
        gx = x(2.0 ** e)
        label = ("1/%d" % 2 ** -e) if e < 0 else str(2 ** e)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s"/>'
                   % (gx, top - 6, gx, top + len(rows) * row_h, "#000" if e == 0 else "#ddd"))
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%s×</text>' % (gx, top + len(rows) * row_h + 14, label))
    for i, (name, vals) in enumerate(rows):
        y0 = top + i * row_h
        out.append('<text x="%d" y="%d" text-anchor="end">%s</text>'
                   % (label_w - 8, y0 + row_h / 2 + 1, html.escape(name)))
        for j, ((o, P), v) in enumerate(zip(series, vals)):
            if v is None:
                continue
            x1, x2 = x(1.0), x(v)
            out.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%s goc/%s GOMAXPROCS=%d: '
                       '%.2f</title></rect>' % (min(x1, x2), y0 + j * bar_h, max(abs(x2 - x1), 1), bar_h - 1,
                                                COLORS[(o, P)], html.escape(name), o, P, v))
        shown = [v for v in vals if v is not None]
        if shown:
            out.append('<text x="%d" y="%d" fill="#444">%s</text>'
                       % (label_w + plot_w + 6, y0 + row_h / 2 + 1, " ".join("—" if v is None else "%.2f" % v for v in vals)))
    out.append("</svg>\n")
    return "\n".join(out)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: report.py results.json [OUT_DIR]")
    with open(sys.argv[1]) as f:
        data = json.load(f)
    write(data, sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(sys.argv[1])))
