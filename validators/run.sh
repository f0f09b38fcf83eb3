#!/usr/bin/env bash
# Outside validators for the models and forms:
#   1. bpmnlint (recommended rules) on processes/*.bpmn: 0 errors, 0 warnings
#   2. forms/*.form imported by form-js 1.8.7 (the line Camunda 7.24 Tasklist ships) in headless chromium;
#      form ids, unique binding keys, camunda:formRef links
#   3. processes/*.bpmn rendered by bpmn-js to target/diagrams/*.png; DI complete, no overlapping shapes or labels
# Usage: bash validators/run.sh   (from any directory)
# Ends with the line "validators: N passed, M failed" and exits non-zero if M > 0.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$here"

passed=0
failed=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

fail_setup() {
  echo "FAIL setup: $*"
  echo "validators: $passed passed, $((failed + 1)) failed"
  exit 1
}

# --- system packages (node, Debian's chromium, a CJK font); installed only when missing
. "$repo/.ci/browser-tools.sh"

# --- node packages, pinned by package-lock.json (reinstalled only when the lock changes)
stamp="node_modules/.installed-package-lock.json"
if ! cmp -s package-lock.json "$stamp"; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >"$log" 2>&1 || { cat "$log"; fail_setup "npm ci failed"; }
  cp package-lock.json "$stamp"
fi

# --- 1. bpmnlint, one check per model
for model in "$repo"/processes/*.bpmn; do
  name="processes/$(basename "$model")"
  if node_modules/.bin/bpmnlint --config .bpmnlintrc --max-warnings=0 "$model" >"$log" 2>&1; then
    passed=$((passed + 1))
    echo "PASS bpmnlint: $name (recommended rules, 0 errors, 0 warnings)"
  else
    failed=$((failed + 1))
    echo "FAIL bpmnlint: $name"
    sed -e '/^\s*$/d' -e 's/^/       /' "$log"
  fi
done

# --- 2. and 3. run in headless chromium; each prints PASS/FAIL lines
run_checks() {
  local script="$1"
  node "$script" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -c '^PASS ' "$log")
  f=$(grep -c '^FAIL ' "$log")
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
    echo "FAIL $script: exited with status $rc"
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
}
run_checks check-forms.mjs
run_checks check-diagrams.mjs

echo "validators: $passed passed, $failed failed"
[ "$failed" = 0 ]
