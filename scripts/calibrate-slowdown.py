#!/usr/bin/env python3
"""Calibrates the built-in forwarder's per_packet_work knob on this machine, with long interleaved runs.

For each knob value W, runs the local example (all 12 cells) interleaved: per_packet_work 0 (A) against W (B), A B B A
blocks of fresh 1-Trial deployments, a large Trial budget, and reads the throughput change of all cells together
(the mean relative difference of the pairs: the machine's drift is common to a pair and cancels). Prints, per value,
the change of each run, their mean, and the load average.

Usage: [VNFBENCH_JAR=jar] scripts/calibrate-slowdown.py OUT [--values 1500,3000,4500] [--runs 2] [--budget 216]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util

spec = importlib.util.spec_from_file_location("real", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                   "gate-real-runs.py"))
real = importlib.util.module_from_spec(spec)
spec.loader.exec_module(real)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--values", default="1500,3000,4500")
    p.add_argument("--runs", type=int, default=2)
    p.add_argument("--budget", default="216")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    log = open(os.path.join(a.out, "calibration.log"), "a")
    rows = []
    for r in range(a.runs):
        for w in a.values.split(","):
            br = os.path.join(a.out, "ab-%s.yaml" % w)
            open(br, "w").write(real.interleaved("0", w).replace('budget: "108"', 'budget: "%s"' % a.budget))
            out = os.path.join(a.out, "cal-%s-%d" % (w, r))
            code, wall, load = real.run(["run", br, "--out", out, "--no-report", "--verify", "--interleave",
                                         "work=0,%s" % w], log)
            trials, per_key, all_regress, change = real.summary(os.path.join(out, "vnf-br.json"))
            rows.append((w, r, change, trials, wall, load))
            print("work %s run %d: throughput change of all cells %+.1f %% (%d Trials, %.0f s, load %.1f)"
                  % (w, r, 100 * change, trials, wall, load), flush=True)
    print("per_packet_work | throughput change, mean of runs | runs")
    for w in a.values.split(","):
        xs = [x[2] for x in rows if x[0] == w]
        print("%s | %+.1f %% | %s" % (w, 100 * statistics.mean(xs), ", ".join("%+.1f %%" % (100 * x) for x in xs)))


if __name__ == "__main__":
    main()
