#!/usr/bin/env bash
# Shared-plan benchmark (issue 20): geisep-cli publish sending the 4-province mahalle layer
# (4,458 areas, ~1.29 M vertices) with a 1,000-action plan to a PostGIS server, and pull
# bringing in 10 other institutions' plans (100 actions each), against `ogr2ogr -f PostgreSQL`
# loading the same layer from the same project file into the same server, in the same script.
# The server is a throwaway cluster on 127.0.0.1 in a temporary folder (as `postgres` when run
# as root), removed at the end. Prints the median of 3 runs of each and the ratios.
# Usage: tests/bench/publish.sh [BUILD_DIR]
set -euo pipefail
BUILD=${1:-build}
DATA=$(dirname "$0")/../../data # the repository's own copy (data/SOURCES.md)
exec /usr/bin/python3 - "$BUILD/app/geisep-cli" "$DATA/tr_4prov_mahalle.geojson.gz" <<'PY'
import glob, os, shutil, socket, sqlite3, statistics, subprocess, sys, tempfile, time
cli, src = sys.argv[1], os.path.abspath(sys.argv[2])
bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
if not bins:
    sys.exit("PostgreSQL is not installed: apt-get install postgresql-15 postgresql-15-postgis-3")
pgbin = os.path.dirname(bins[-1])
root = os.geteuid() == 0
def run(cmd, quiet=True, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL if quiet else subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, **kw)
def as_pg(cmd):
    return (["runuser", "-u", "postgres", "--"] if root else []) + cmd
def timed(cmd):
    t = time.perf_counter(); run(cmd); return time.perf_counter() - t

tmp = tempfile.mkdtemp(prefix="geisep-bench-")
os.chmod(tmp, 0o777)
data = os.path.join(tmp, "data")
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
if root:
    shutil.chown(tmp, "postgres")
run(as_pg([pgbin + "/initdb", "-D", data, "-U", "geisep_admin", "--auth=trust",
           "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]))
opts = f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={tmp} -c fsync=off"
run(as_pg([pgbin + "/pg_ctl", "-D", data, "-o", opts, "-l", tmp + "/log", "-w", "start"]))
def dsn(user="geisep_admin", db="plan"):
    return f"host=127.0.0.1 port={port} dbname={db} user={user}"
def psql(sql, db="plan"):
    return run([pgbin + "/psql", "-qAt", "-d", dsn(db=db), "-c", sql], quiet=False).stdout.strip()
try:
    psql("CREATE DATABASE plan", db="postgres")
    run([cli, "server", "init", "--dsn", dsn()])
    others = [f"Belediye {i}" for i in range(1, 11)]
    for name in ["Şahinbey Belediyesi"] + others:
        run([cli, "server", "add-member", "--dsn", dsn(), "--institution", name, "--kind", "belediye"])
    roles = psql("SELECT name || '|' || role FROM geisep.institutions").splitlines()
    role = dict(r.split("|") for r in roles)

    def plan(path, actions):
        db = sqlite3.connect(path)
        db.execute("INSERT INTO geisep_goals (sector_id, code, title_tr, position) VALUES (1, 'A1', 'Barınma', 1)")
        goal = db.execute("SELECT max(id) FROM geisep_goals").fetchone()[0]
        for o in range(10):
            db.execute("INSERT INTO geisep_objectives (goal_id, code, title_tr, position) VALUES (?, ?, ?, ?)",
                       (goal, f"A1.{o+1}", f"Hedef {o+1}: güvenli konut", o + 1))
            obj = db.execute("SELECT max(id) FROM geisep_objectives").fetchone()[0]
            for a in range(actions // 10):
                db.execute("INSERT INTO geisep_actions (objective_id, code, title_tr, budget, currency, "
                           "status, position) VALUES (?, ?, ?, ?, 'TRY', 'planned', ?)",
                           (obj, f"A1.{o+1}.{a+1}", f"Eylem {a+1}: göçmen hanelerine ulaşmak", 1000.0 * a, a + 1))
        db.commit(); db.close()

    base = os.path.join(tmp, "base.gpkg")
    run([cli, "new", base, "--name", "bench", "--crs", "EPSG:5256"])
    run([cli, "import", base, src, "--role", "muhtar_district"])
    plan(base, 1000)
    table = sqlite3.connect(base).execute(
        "SELECT table_name FROM geisep_layers WHERE NOT removed LIMIT 1").fetchone()[0]
    areas = sqlite3.connect(base).execute("SELECT count(*) FROM geisep_areas").fetchone()[0]

    publish, ref, pull = [], [], []
    for i in range(3):
        # A fresh server state each run: the schema's rows emptied (as a first publish).
        psql("TRUNCATE geisep.links, geisep.figures, geisep.areas, geisep.layers, geisep.plan_items, geisep.changes")
        p = os.path.join(tmp, f"p{i}.gpkg"); shutil.copy(base, p)
        publish.append(timed([cli, "publish", p, "--server", dsn(role["Şahinbey Belediyesi"])]))
        psql("DROP TABLE IF EXISTS public.ref_mahalle")
        ref.append(timed(["ogr2ogr", "-f", "PostgreSQL", "PG:" + dsn(), p, table, "-nln", "ref_mahalle"]))
        for k, name in enumerate(others):
            q = os.path.join(tmp, f"o{i}_{k}.gpkg")
            run([cli, "new", q, "--name", name, "--crs", "EPSG:5256"])
            plan(q, 100)
            run([cli, "publish", q, "--server", dsn(role[name])])
        pull.append(timed([cli, "pull", p, "--server", dsn(role["Şahinbey Belediyesi"])]))
    a, b, c = statistics.median(publish), statistics.median(ref), statistics.median(pull)
    print(f"publish {areas} mahalle + 1,000-action plan: geisep-cli {a:.2f} s, "
          f"ogr2ogr -f PostgreSQL (the layer alone) {b:.2f} s, ratio {a/b:.2f} (median of 3)")
    print(f"pull 10 institutions' plans (1,110 items): geisep-cli {c:.2f} s, ratio to the ogr2ogr "
          f"load {c/b:.2f} (median of 3)")
finally:
    subprocess.run(as_pg([pgbin + "/pg_ctl", "-D", data, "-m", "immediate", "stop"]),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp, ignore_errors=True)
PY
