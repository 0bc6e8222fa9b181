"""Test and benchmark helpers: a fake OpenAI-compatible endpoint and generated articles.

Shipped inside the package so that tests and benchmarks import the same server.
"""
