#!/usr/bin/awk -f
# The table of bench/run. First file: targets (metric, comparison, target, unit, what); second: the RESULT lines
# (name, value, unit). A result named "<metric>.floor" is that metric's floor. Targeted metrics that no script
# reported show as "not measured"; results without a target are listed after them.
BEGIN { FS = "\t"; missed = 0 }
FNR == NR { if ($0 !~ /^#/ && NF >= 4) { order[++n] = $1; cmp[$1] = $2; target[$1] = $3; tunit[$1] = $4 }; next }
{ value[$1] = $2; unit[$1] = $3; if ($1 !~ /\.floor$/) seen[++m] = $1 }
END {
  fmt = "%-30s %12s %-6s %12s %12s %8s  %s\n"
  printf fmt, "metric", "value", "unit", "target", "floor", "ratio", "result"
  for (i = 1; i <= n; i++) row(order[i])
  for (i = 1; i <= m; i++) if (!(seen[i] in target) && seen[i] !~ /\.(p50|errors)$/) row(seen[i])
  exit missed > 0
}
function row(k,    v, f, ratio, verdict, t) {
  t = (k in target) ? cmp[k] " " target[k] : "-"
  if (!(k in value)) { printf fmt, k, "not measured", tunit[k], t, "-", "-", "not measured"; return }
  v = value[k]; f = (k ".floor") in value ? value[k ".floor"] : "-"
  ratio = (f != "-" && f + 0 != 0) ? sprintf("%.2f", v / f) : "-"
  verdict = "-"
  if (k in target) {
    verdict = (cmp[k] == "<=" ? v + 0 <= target[k] + 0 : v + 0 >= target[k] + 0) ? "pass" : "FAIL"
    if (verdict == "FAIL") missed++
  }
  if (k ~ /\.failed$/) { verdict = "FAIL"; missed++ }
  printf fmt, k, v, unit[k], t, f, ratio, verdict
}
