#!/usr/bin/env python3
"""How far each Vega-Lite fixture's quantitative y axis runs past its data, Chartsmith beside Vega.

Usage: Scripts/axis_overshoot.py [--rev GITREV]   (from the repository root; needs vl-convert-python)

Overshoot = (axis end - data max) / (data max - axis start). Vega's axis end and the data's
extent come from Vega itself: the compiled spec gets a text mark printing domain('y'), once
as written and once with the y scale's `nice` off (the data extent, with zero where the
scale includes it). Chartsmith's axis end is its top y-axis label in the committed scene
dump (Tests/ChartsmithTests/SceneDumps/vega-lite), where the briefing style ends the axis.
Only single views and layers with a linear y scale whose top label is a plain number count.
"""
import glob, json, os, re, statistics, sys
import vl_convert as vlc
sys.path.insert(0, "/work/shared/tools")
try:
    from vl_compare import inline_data  # vl-convert reads no relative files: inline them
except Exception:
    def inline_data(node, folder, parent_key=None): pass

FIX = "Tests/ChartsmithTests/Fixtures/vega-lite"
DUMPS = "Tests/ChartsmithTests/SceneDumps/vega-lite"

def vega_domain(vg):
    vg = json.loads(json.dumps(vg))
    vg.setdefault("marks", []).append({"type": "text", "name": "probe_domain",
        "encode": {"update": {"text": {"signal": "'@@' + join(domain('y'), ',')"}}}})
    sg = vlc.vega_to_scenegraph(vg)
    found = []
    def walk(n):
        if isinstance(n, dict):
            t = n.get("text")
            if isinstance(t, str) and t.startswith("@@"):
                found.append([float(x) for x in t[2:].split(",")])
            for v in n.values(): walk(v)
        elif isinstance(n, list):
            for v in n: walk(v)
    walk(sg)
    return found[0] if found else None

def y_scale(vg):
    for s in vg.get("scales", []):
        if s.get("name") == "y":
            return s
    return None

REV = sys.argv[sys.argv.index("--rev") + 1] if "--rev" in sys.argv else None

def dump_text(name):
    path = os.path.join(DUMPS, name + ".txt")
    if REV:  # the dump as committed at a revision, to compare before and after
        import subprocess
        r = subprocess.run(["git", "show", f"{REV}:{path}"], capture_output=True, text=True)
        return r.stdout if r.returncode == 0 else None
    return open(path).read() if os.path.exists(path) else None

def chartsmith_top(name):
    text = dump_text(name)
    if text is None: return None
    labels = re.findall(r'text axisLabel "([^"]*)" at \(([\d.-]+), ([\d.-]+)\) end/top', text)
    xs = {}
    for t, x, y in labels: xs.setdefault(x, []).append((float(y), t))
    if not xs: return None
    col = max(xs.values(), key=len)          # the y axis: the longest column of right-aligned labels
    y, t = min(col)                          # the top one
    t = t.replace(",", "").replace("\u2212", "-")
    try: return float(t)
    except ValueError: return None

def main():
    rows = []
    for f in sorted(glob.glob(os.path.join(FIX, "*.vl.json"))):
        name = os.path.basename(f)[:-len(".vl.json")]
        try:
            spec = json.load(open(f))
            inline_data(spec, os.path.dirname(f))
            vg = vlc.vegalite_to_vega(spec)
            s = y_scale(vg)
            if not s or s.get("type", "linear") != "linear" or "domain" in s and isinstance(s["domain"], list): continue
            axis_dom = vega_domain(vg)
            s["nice"] = False
            data_dom = vega_domain(vg)
        except Exception as e:
            continue
        if not axis_dom or not data_dom: continue
        lo, hi = min(data_dom), max(data_dom)
        if not (hi - lo > 0): continue
        cs = chartsmith_top(name)
        if cs is None or cs < hi - 1e-9 * abs(hi): continue
        vega = (max(axis_dom) - hi) / (hi - min(axis_dom))
        ours = (cs - hi) / (hi - lo)
        rows.append((name, vega, ours))
    for n, v, o in rows: print(f"{n:48s} vega {v:6.1%}  chartsmith {o:6.1%}")
    if rows:
        v = [r[1] for r in rows]; o = [r[2] for r in rows]
        print(f"charts={len(rows)}  vega median {statistics.median(v):.1%} max {max(v):.1%}  "
              f"chartsmith median {statistics.median(o):.1%} max {max(o):.1%}")

main()
