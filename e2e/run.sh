#!/usr/bin/env bash
# Browser end-to-end test: one regular talk (定期谈话) walked from start to archive through Camunda
# Tasklist in Chinese, person by person, with headless Debian chromium (see e2e/walk.mjs).
#
# Usage: bash e2e/run.sh            (from any directory)
#   E2E_JAR=path/to/app.jar   the application jar (default: target/supervision-talk-*.jar, built
#                             with `mvn -DskipTests package` when missing)
#   E2E_PORT=18180            the port (default: a free one)
#   E2E_ADMIN=user:password   the login the walk reads the engine REST API and /api with
#                             (HTTP basic; default admin:admin, the demo administrator)
# Screenshots: target/e2e/NN-<step>.png and target/e2e/tasklist.png; application log: target/e2e/app.log
# Ends with the line "e2e: N passed, M failed" and exits non-zero if M > 0.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$repo"   # the seeds and the relative paths below resolve from the repository root
out="$repo/target/e2e"
started=$SECONDS

app_pid=""
tmp=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app_pid" 2>/dev/null
  fi
  [ -n "$tmp" ] && rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail_setup() {
  echo "FAIL setup: $*"
  echo "e2e: 0 passed, 1 failed"
  exit 1
}

# --- system packages: node, Debian's chromium, a Chinese font (installed only when missing)
. "$repo/.ci/browser-tools.sh"

# --- node packages, pinned by package-lock.json
mkdir -p "$out"
(cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >"$out/npm.log" 2>&1) \
  || { cat "$out/npm.log"; fail_setup "npm ci failed"; }

# --- the application jar: CI's build, or build one now
jar="${E2E_JAR:-}"
if [ -z "$jar" ]; then
  jar="$(ls -t target/supervision-talk-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1)"
  if [ -z "$jar" ]; then
    echo "e2e: no target/supervision-talk-*.jar, building it (mvn -DskipTests package)"
    mvn -q -B -ntp -Dbuild.dir=target -DskipTests package >"$out/mvn.log" 2>&1 || { tail -40 "$out/mvn.log"; fail_setup "mvn package failed"; }
    jar="$(ls -t target/supervision-talk-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1)"
  fi
fi
[ -f "$jar" ] || fail_setup "application jar not found: ${jar:-target/supervision-talk-*.jar}"

# --- start it on a free port with a fresh database
port="${E2E_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || node -e 'const s=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})')}"
tmp="$(mktemp -d -t e2e-db.XXXXXX)"
base="http://localhost:$port"
echo "e2e: starting $jar on port $port"
java -jar "$jar" \
  --server.port="$port" \
  "--spring.datasource.url=jdbc:h2:file:$tmp/db;NON_KEYWORDS=VALUE" \
  "--supervision-talk.seeds.location=file:$repo/seeds/organization.yaml" \
  >"$out/app.log" 2>&1 &
app_pid=$!

up=0
for _ in $(seq 1 120); do
  if curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; then up=1; break; fi
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 1
done
if [ "$up" != 1 ]; then
  tail -40 "$out/app.log"
  fail_setup "application did not become healthy at $base/actuator/health"
fi
echo "e2e: application up after $((SECONDS - started)) s"

# --- the walk
NODE_PATH="$here/node_modules" node "$here/walk.mjs" "$base"
walk_rc=$?

result="$out/result.json"
if [ -f "$result" ]; then
  read -r passed failed < <(node -e 'const r=require(process.argv[1]); console.log(r.passed, r.failed)' "$result")
else
  passed=0; failed=1
fi
if [ "$walk_rc" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi

# --- the other browser checks: each prints "<name>: N passed, M failed" as its last such line;
# a script that fails without that line (or exits non-zero with 0 failed) counts as one failure
check_script() {  # name file
  local output rc got_passed got_failed
  output=$(NODE_PATH="$here/node_modules" node "$here/$2" "$base" 2>&1)
  rc=$?
  echo "$output"
  read -r got_passed got_failed < <(echo "$output" | sed -n "s/^$1: \([0-9]*\) passed, \([0-9]*\) failed\$/\1 \2/p" | tail -1)
  got_passed=${got_passed:-0}; got_failed=${got_failed:-1}
  if [ "$rc" != 0 ] && [ "$got_failed" = 0 ]; then got_failed=1; fi
  passed=$((passed + got_passed)); failed=$((failed + got_failed))
}

# article 16 in the browser: a talkee's Tasklist, script-bearing text shown as text
check_script confidentiality confidentiality.mjs
# the talk ledger (谈话台账) in Tasklist and Cockpit: the office, a talkee, the units
check_script ledger ledger.mjs
# attachments (附件) in the task tab: a unit uploads and downloads, refused types, the talkee's 403
check_script attachments attachments.mjs
# a cleaner Tasklist: only the controls the engine allows, deadlines, one date format, login pages
check_script tasklist-clean tasklist-clean.mjs
# the annual plan as a table: the office edits, saves and completes; the secretary reads it
check_script plan-table plan-table.mjs
# notices (通知): the unread count in Tasklist's header, the list, marking read, the talk notice
check_script notices notices.mjs
# 三员分立: the three administrators in Admin, Tasklist refused, the auditor's access trail
check_script administrators administrators.mjs
# several committees: the county office starts a county talk, the city sees none of it; the city
# office reads the county's figures in 下级党委(党组)监督谈话工作情况, without the talk's content
check_script committees committees.mjs
echo "e2e: took $((SECONDS - started)) s; screenshots in target/e2e/"
echo "e2e: $passed passed, $failed failed"
[ "$failed" = 0 ]
