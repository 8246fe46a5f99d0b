# Helpers for the probes (sourced, not run): . "$(dirname "$0")/../lib.sh"
# Needs JAR, WORK and JAVA from run.sh; each probe keeps its home, logs and databases inside WORK.

HOME_DIR="$WORK/home"
mkdir -p "$HOME_DIR"

# sp ARGS...: runs the jar headless with the probe's own data folder; stdout and stderr go to
# $WORK/out and $WORK/err, the exit code to $WORK/code (and is returned).
sp() {
  "$JAVA" -Duser.home="$HOME_DIR" -Djava.awt.headless=true -jar "$JAR" "$@" >"$WORK/out" 2>"$WORK/err"
  local code=$?
  echo "$code" >"$WORK/code"
  return "$code"
}

# sp_bg ARGS...: the same in the background; prints the pid
sp_bg() {
  "$JAVA" -Duser.home="$HOME_DIR" -Djava.awt.headless=true -jar "$JAR" "$@" >"$WORK/out" 2>"$WORK/err" &
  echo $!
}

result() { printf '%s\t%s\t%s\n' "$1" "$2" "$3"; }
pass() { result "$1" PASS "$2"; }
fail() { result "$1" FAIL "$2"; }

# verdict ID DETAIL CONDITION...: PASS when the condition (a command) succeeds, else FAIL with
# the detail and the first line of stderr.
verdict() {
  local id="$1" detail="$2"
  shift 2
  if "$@"; then
    pass "$id" "$detail"
  else
    fail "$id" "$detail; exit $(cat "$WORK/code" 2>/dev/null), stderr: $(head -c 300 "$WORK/err" 2>/dev/null | tr '\n\t' '  ')"
  fi
}

code_is() { [ "$(cat "$WORK/code")" = "$1" ]; }
# no Java stack trace and no exception class name on stderr
clean_err() { ! grep -Eq '^\s+at [a-z]|Exception|Error:|^Caused by' "$WORK/err"; }
err_has() { grep -Fq -- "$1" "$WORK/err"; }
err_has_i() { grep -Fqi -- "$1" "$WORK/err"; }
# exit 2, a clean message on stderr containing TEXT
refused_with() { code_is 2 && clean_err && err_has_i "$1"; }
same_file() { [ "$(sha256sum <"$1")" = "$2" ]; }
digest() { sha256sum <"$1"; }
# hidden partial files left in a folder (ours: .summit-planner-*.tmp)
no_partial_files() { [ -z "$(find "$1" -maxdepth 1 -name '.summit-planner-*' -print -quit)" ]; }
mode_of() { stat -c '%a' "$1"; }
is_root() { [ "$(id -u)" = 0 ]; }
