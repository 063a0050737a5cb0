# Shared by the bench scripts (sourced). The contract between them and bench/run: each figure is printed as
#   RESULT<TAB>name<TAB>value<TAB>unit
# and the floor it is compared with, measured in the same run, as a RESULT named "<name>.floor".

result() {
  printf 'RESULT\t%s\t%s\t%s\n' "$1" "$2" "$3"
}

# wrk's latency ("850.12us", "1.23ms", "1.02s") in milliseconds.
wrk_ms() {
  awk -v t="$1" 'BEGIN {
    v = t + 0
    if (t ~ /us$/) v /= 1000; else if (t ~ /ms$/) v += 0; else if (t ~ /m$/) v *= 60000; else if (t ~ /s$/) v *= 1000
    printf "%.2f", v
  }'
}

# Resident memory of a process, in MB.
rss_mb() {
  awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"
}

now_ms() {
  echo $(( $(date +%s%N) / 1000000 ))
}
