#!/usr/bin/env bash
# Cross-validated figures of the officials tagger: for K in 0..N-1, train a model without fold K
# (scripts/train_officials_tagger.py --exclude-fold K/N), run kwd on the dev set with that model
# (KWD_OFFICIALS_MODEL) and score fold K only; then the same fold with the tagger off (rules only).
# A model is never scored on an article it was trained on.
#   bash scripts/cv_officials_tagger.sh [N]          (from the project's root, after `make install`)
# Prints one line per fold and the means: officials P/R/F1, title accuracy and overall, tagger vs rules.
set -euo pipefail
n=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
run=${RUN_SH:-../shared/eval/run.sh}
py=${PY:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

score() {  # $1 = model path or "off", $2 = fold: prints "P R F1 title overall"
  KWD_OFFICIALS_MODEL=$1 bash "$run" dev --fold "$2/$n" 2>/dev/null | awk '
    $1 == "officials" { p = $2; r = $3; f = $4 }
    $1 == "official_title" { t = $2 }
    $1 == "overall" { o = $2 }
    END { print p, r, f, t, o }'
}

printf '%-5s %-36s %-36s\n' fold "tagger: P R F1 title overall" "rules only: P R F1 title overall"
for ((k = 0; k < n; k++)); do
  "$py" scripts/train_officials_tagger.py --exclude-fold "$k/$n" --out "$tmp/fold$k.crfsuite" 2>/dev/null
  with=$(score "$tmp/fold$k.crfsuite" "$k")
  without=$(score off "$k")
  printf '%-5s %-36s %-36s\n' "$k" "$with" "$without" | tee -a "$tmp/rows"
done
awk -v n="$n" '
  { for (i = 2; i <= 11; i++) s[i] += $i
    if ($1 < n - 1) for (i = 2; i <= 11; i++) h[i] += $i }
  END {
    printf "%-5s", "mean"; for (i = 2; i <= 11; i++) printf " %.3f", s[i] / n; print ""
    printf "%-5s", "0-" (n - 2); for (i = 2; i <= 11; i++) printf " %.3f", h[i] / (n - 1); print "" }' "$tmp/rows"
