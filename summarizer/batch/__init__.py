"""Scale-out through the provider's Batch API (`run --batch`), and the same request file for
self-hosted clusters (`batch export` / `batch import`: vLLM `run_batch`, Ray Data)."""
