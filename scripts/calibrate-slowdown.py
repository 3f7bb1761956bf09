#!/usr/bin/env python3
"""Calibrates the built-in forwarder's per_packet_work knob on this machine.

Runs the local example (every cell) with a variable over per_packet_work, so that for each cell the knob's values run
back to back (the last variable varies fastest), for several rounds with the values in alternating order. The
throughput of each value is compared with work=0 of the same cell and round (pairs, so machine drift cancels), and
the mean relative change over cells and rounds is printed per value, with its spread and the load average.

Usage: scripts/calibrate-slowdown.py OUT_DIR [--values 0,1500,3000,6000] [--rounds 3] [--duration 3]
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


def vnfbr(values, duration):
    text = open(EXAMPLE).read()
    text = text.replace('      values: ["1", "2", "4"]', '      values: ["1", "2", "4"]\n'
                        "    - name: work\n"
                        "      path: /scenario/chains/nf/lifecycle[workflow='start']/parameters[input='per_packet_work']/value\n"
                        "      type: string\n      class: configuration\n"
                        "      values: [" + ", ".join('"%s"' % v for v in values) + "]", 1)
    text = text.replace("          image: builtin/forwarder\n          format: builtin",
                        "          image: builtin/forwarder\n          format: builtin\n"
                        "          lifecycle:\n            - workflow: start\n              parameters:\n"
                        "                - input: per_packet_work\n                  value: \"0\"", 1)
    text = text.replace("trials: 3", "trials: 1")
    text = text.replace("              sched:\n                duration: 1\n      monitors",
                        "              sched:\n                duration: %s\n      monitors" % duration, 1)
    return text


def throughput(path):
    br = json.load(open(path))
    out = {}
    for o in br["outputs"]:
        v = {x["name"]: x["value"] for x in o.get("variables", [])}
        cell = (v["topology"], v["chains"], v["nfs"])
        vals = []
        for r in o["vnfpp"]["reports"]:
            for s in r["snapshots"]:
                for e in s.get("evaluations", []):
                    if e["source"]["name"] != "udp":
                        continue
                    for m in e["metrics"]:
                        if m["name"] == "throughput_pps":
                            vals.append(float(m["scalar"]))
        if vals:
            out[(cell, v["work"])] = statistics.median(vals)
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--values", default="0,1500,3000,6000")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--duration", default="3")
    a = p.parse_args()
    values = a.values.split(",")
    os.makedirs(a.out, exist_ok=True)
    ratios = {v: [] for v in values if v != "0"}
    loads = []
    start = time.time()
    for r in range(a.rounds):
        order = values if r % 2 == 0 else values[:1] + values[1:][::-1]
        br = os.path.join(a.out, "round-%d.yaml" % r)
        open(br, "w").write(vnfbr(order, a.duration))
        loads.append(os.getloadavg()[0])
        res = subprocess.run([os.path.join(ROOT, "vnfbench"), "run", br, "--out", os.path.join(a.out, "round-%d" % r)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if res.returncode != 0:
            print(res.stderr[-2000:], file=sys.stderr)
            sys.exit(res.returncode)
        tp = throughput(os.path.join(a.out, "round-%d" % r, "vnf-br.json"))
        for (cell, w), x in tp.items():
            if w != "0" and (cell, "0") in tp:
                ratios[w].append(x / tp[(cell, "0")] - 1)
    print("per_packet_work | mean change of throughput vs work=0 | median | SD over cells x rounds | n")
    for w in values[1:]:
        xs = ratios[w]
        print("%s | %+.1f %% | %+.1f %% | %.1f %% | %d" % (w, 100 * statistics.mean(xs), 100 * statistics.median(xs),
                                                       100 * statistics.stdev(xs), len(xs)))
    print("load average (1 min) at the start of each round: %s; wall time %.0f s" %
          (", ".join("%.1f" % l for l in loads), time.time() - start))


if __name__ == "__main__":
    main()
