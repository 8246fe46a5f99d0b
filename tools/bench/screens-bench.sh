#!/usr/bin/env bash
# The screens at UN scale (issue 14 items 1 and 6): runs src/test/java/org/summitplanner/ui/ScreensBench.java,
# which opens the real main window headless (Monocle) on a database holding `demo --scale un` (made once
# under target/bench/) and prints, from the click (or the mouse release, or Ctrl+Z) to the first frame
# that shows the result:
#   - each screen's first open, and going back to it once built (with the CPU time of the process meanwhile);
#   - a timeline block dragged an hour down: until the block stands at its new place, and until the live
#     findings are those of the moved item; the same for Ctrl+Z. MOVES (default 8) times, median/min/max;
#   - then the agenda's List and Timeline tabs chosen in turn, 5 times: until the rows or the blocks show.
# Results also go to target/bench/screens.txt. Not part of `mvn verify` (Surefire skips *Bench classes).
#   tools/bench/screens-bench.sh [MOVES]
set -euo pipefail
cd "$(dirname "$0")/../.."
MOVES=${1:-8}
SCREENS_MOVES=$MOVES mvn -o -q test -Dtest=ScreensBench -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.useFile=false -DtrimStackTrace=false | grep -v '^\[' || true
cat target/bench/screens.txt
