#!/usr/bin/env python3
"""Real gate runs of the local example on this machine, with the built-in forwarder really slowed.

Conditions: the unchanged SUT and the SUT slowed with the forwarder's per_packet_work knob (--w5, --w10). Two modes:

- history: `vnfbench run EX --verify --history HIST --policy median:H` against H earlier runs of the unchanged
  example, live extra Trials within the default budget (3x the planned 36 Trials);
- interleaved: `vnfbench run EX_AB --verify --interleave work=A,B`, A the unchanged forwarder and B the condition's
  (for the unchanged SUT: per_packet_work "0" against "00", the same NF), A B B A blocks of 1-Trial deployments,
  budget 108 Trials (3x today's 36).

For every run: exit code (1 = the build fails), REGRESSION rows (per Test key and all keys together), Trials run,
wall time, load average, and the throughput row of all keys together (its change). Runs alternate modes and
conditions so that both see the same machine. Prints a Markdown table at the end (also written to OUT/table.md);
every run's VNF-BR stays in OUT.

Usage: [VNFBENCH_JAR=jar] scripts/gate-real-runs.py OUT [--runs 10] [--history 6] [--w5 600] [--w10 1200]
       [--modes history,interleaved] [--table-only]
A second call with the same OUT continues where the first stopped (results.json keeps every run).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "examples", "local-snake-vs-pipeline.yaml")
# A fixed jar keeps the code under test the same for the hours the runs take (the launcher rebuilds on new sources).
VNFBENCH = ["java", "-jar", os.environ["VNFBENCH_JAR"]] if os.environ.get("VNFBENCH_JAR") else [os.path.join(ROOT, "vnfbench")]
KNOB = ("          image: builtin/forwarder\n          format: builtin\n"
        "          lifecycle:\n            - workflow: start\n              parameters:\n"
        "                - input: per_packet_work\n                  value: \"%s\"")


def example(work):
    """The example with every NF's per_packet_work set: the same Test keys as the unchanged example."""
    text = open(EXAMPLE).read()
    return text.replace("          image: builtin/forwarder\n          format: builtin", KNOB % work, 1)


def interleaved(a, b):
    """The example with a variable over per_packet_work (the NF version), one Trial per deployment, budget 108."""
    text = example("0").replace('      values: ["1", "2", "4"]', '      values: ["1", "2", "4"]\n'
                                "    - name: work\n"
                                "      path: /scenario/chains/nf/lifecycle[workflow='start']/parameters"
                                "[input='per_packet_work']/value\n"
                                "      type: string\n      class: configuration\n"
                                '      values: ["%s", "%s"]' % (a, b), 1)
    text = text.replace("      trials: 3", "      trials: 1", 1)
    return text.replace("verification:\n", "verification:\n  budget: \"108\"\n", 1)


def run(args, log):
    start = time.time()
    load = os.getloadavg()[0]
    res = subprocess.run(VNFBENCH + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.time() - start
    log.write("$ vnfbench %s\nexit %d, %.0f s, load %.1f\n%s\n%s\n" % (" ".join(args), res.returncode, wall, load,
                                                                     res.stdout[-3000:], res.stderr[-3000:]))
    log.flush()
    return res.returncode, wall, load


def summary(vnfbr_path):
    br = json.load(open(vnfbr_path))
    trials = sum(len({s["trial"] for s in r["snapshots"]}) for o in br["outputs"] if o.get("vnfpp")
                 for r in o["vnfpp"]["reports"])
    verdicts = (br.get("verification") or {}).get("result", {}).get("verdicts", [])
    per_key = sum(1 for v in verdicts if v["verdict"] == "REGRESSION" and v["test_key"] != "*")
    systemic = [v for v in verdicts if v["test_key"] == "*" and v["gate"] == "throughput"]
    all_regress = sum(1 for v in verdicts if v["verdict"] == "REGRESSION" and v["test_key"] == "*")
    change = float(systemic[0]["change"]) if systemic and systemic[0].get("change") else float("nan")
    return trials, per_key, all_regress, change


def detectable(vnfbr_path):
    """The smallest throughput regression of all keys together that the run could have detected (the gate's own)."""
    br = json.load(open(vnfbr_path))
    verdicts = (br.get("verification") or {}).get("result", {}).get("verdicts", [])
    rows = [v for v in verdicts if v["test_key"] == "*" and v["gate"] == "throughput" and v.get("detectable")]
    return float(rows[0]["detectable"]) if rows else float("nan")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--history", type=int, default=6)
    p.add_argument("--w5", default="600")
    p.add_argument("--w10", default="1200")
    p.add_argument("--modes", default="history,interleaved", help="which modes to run (comma-separated)")
    p.add_argument("--table-only", action="store_true")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    results_file = os.path.join(a.out, "results.json")
    results = json.load(open(results_file)) if os.path.exists(results_file) else []
    log = open(os.path.join(a.out, "runs.log"), "a")
    conditions = [("unchanged", "0"), ("slowed ~5 %", a.w5), ("slowed ~10 %", a.w10)]
    if not a.table_only:
        for w in {c[1] for c in conditions}:
            open(os.path.join(a.out, "example-%s.yaml" % w), "w").write(example(w))
            b = "00" if w == "0" else w
            open(os.path.join(a.out, "ab-%s.yaml" % w), "w").write(interleaved("0", b))
        hist = os.path.join(a.out, "history")
        os.makedirs(hist, exist_ok=True)
        for i in range(len(os.listdir(hist)), a.history):
            code, wall, load = run(["run", os.path.join(a.out, "example-0.yaml"), "--out",
                                    os.path.join(a.out, "h%d" % i), "--no-report"], log)
            if code != 0:
                sys.exit("history run failed, see runs.log")
            os.replace(os.path.join(a.out, "h%d" % i, "vnf-br.json"), os.path.join(hist, "run-%02d.json" % i))
        done = {(r["mode"], r["condition"], r["i"]) for r in results}
        for i in range(a.runs):
            for name, w in conditions:
                for mode in ("history", "interleaved"):
                    if (mode, name, i) in done or mode not in a.modes.split(","):
                        continue
                    out = os.path.join(a.out, "%s-%s-%d" % (mode, w, i))
                    if mode == "history":
                        args = ["run", os.path.join(a.out, "example-%s.yaml" % w), "--out", out, "--no-report",
                                "--verify", "--history", hist, "--policy", "median:%d" % a.history]
                    else:
                        args = ["run", os.path.join(a.out, "ab-%s.yaml" % w), "--out", out, "--no-report", "--verify",
                                "--interleave", "work=0,%s" % ("00" if w == "0" else w)]
                    code, wall, load = run(args, log)
                    trials, per_key, all_regress, change = summary(os.path.join(out, "vnf-br.json"))
                    results.append({"mode": mode, "condition": name, "work": w, "i": i, "exit": code, "wall": wall,
                                    "load": load, "trials": trials, "per_key": per_key, "all": all_regress,
                                    "change": change})
                    json.dump(results, open(results_file, "w"), indent=1)
    for r in results:
        r["detectable"] = detectable(os.path.join(a.out, "%s-%s-%d" % (r["mode"], r["work"], r["i"]), "vnf-br.json"))
    rows = ["| mode | SUT | per_packet_work | gate runs | builds failed | REGRESSION rows per run: Test keys / all keys "
            "| throughput change, all keys (mean) | smallest detectable drop, all keys (median) "
            "| Trials per run (mean, max) | wall time per run | load average |",
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    for mode in ("history", "interleaved"):
        for name, w in conditions:
            rs = [r for r in results if r["mode"] == mode and r["condition"] == name]
            if not rs:
                continue
            failed = sum(1 for r in rs if r["exit"] == 1)
            changes = [r["change"] for r in rs if r["change"] == r["change"]]
            floors = [r["detectable"] for r in rs if r["detectable"] == r["detectable"]]
            rows.append("| %s | %s | %s | %d | %d / %d | %.1f / %.1f | %s | %s | %.0f, %d | %.0f s | %.1f–%.1f |" % (
                mode, name, w, len(rs), failed, len(rs), statistics.mean(r["per_key"] for r in rs),
                statistics.mean(r["all"] for r in rs),
                "%+.1f %%" % (100 * statistics.mean(changes)) if changes else "-",
                "%.1f %%" % (100 * statistics.median(floors)) if floors else "-",
                statistics.mean(r["trials"] for r in rs), max(r["trials"] for r in rs),
                statistics.mean(r["wall"] for r in rs), min(r["load"] for r in rs), max(r["load"] for r in rs)))
    table = "\n".join(rows) + "\n"
    open(os.path.join(a.out, "table.md"), "w").write(table)
    print(table)


if __name__ == "__main__":
    main()
