# Sourced by the run scripts: summary prints the last Gatling report's "All Requests" line.
summary() {
  python3 - "$(ls -td benchmarks/target/gatling/*/ | head -1)" <<'PY'
import sys, re, html
t = open(sys.argv[1] + 'index.html').read()
t = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', t)))
g = re.search(r'All Requests' + r' (\S+)' * 14, t).groups()
print(f"  requests {g[1]} (ok {g[2]}, failed {g[3]}), {g[5]} req/s; ms: p50 {g[7]}, p75 {g[8]}, "
      f"p95 {g[9]}, p99 {g[10]}, max {g[11]}, mean {g[12]}  [{sys.argv[1]}]")
PY
}
